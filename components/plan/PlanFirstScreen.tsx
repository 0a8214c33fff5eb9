// What a phone shows first of a plan: "right now", the other languages, the lead and the notices. The device draws
// it before the rest, and before its framework runs (components/plan/early): it holds links and text only.
import type {ReactNode} from 'react';
import {RightNow} from './RightNow';
import {PlanNotices} from './PlanNotices';
import type {PlanView} from '@/lib/views/plan-view';

export const PlanFirstScreen = ({view, languageSwitch}: {view: PlanView; languageSwitch: ReactNode}) => (
  <>
    {/* "Right now" comes first, right under the title, so it fits on the first screen of a small phone. */}
    <RightNow actions={view.now.actions} labels={{title: view.now.title}} />
    {languageSwitch}
    <p className="lead">{view.lead}</p>
    <p className="muted">{view.madeOn}</p>
    <PlanNotices notices={view.notices} />
  </>
);
