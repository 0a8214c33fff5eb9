'use client';
// The plan under its title, drawn from plain data (app/_server/plan-view). A client component on purpose:
// the server then sends the plan's words once, as data, instead of a tree of elements to be read back before
// the HTML is written; that tree was most of the plan page's cost per request. The HTML is the same, and the
// page works the same without JavaScript.
import type {ReactNode} from 'react';
import {RightNow} from './RightNow';
import {PlanNotices} from './PlanNotices';
import {PlanSectionView} from './PlanSectionView';
import {FollowUpSection} from './FollowUpSection';
import {KeepSection} from './KeepSection';
import type {PlanView} from '@/lib/views/plan-view';

/** `firstScreen`: only what a phone shows first ("right now", the lead, the notices); the device draws the rest next. */
type Props = {view: PlanView; languageSwitch: ReactNode; firstScreen?: boolean};

export const PlanBody = ({view, languageSwitch, firstScreen = false}: Props) => (
  <>
    {/* "Right now" comes first, right under the title, so it fits on the first screen of a small phone. */}
    <RightNow actions={view.now.actions} labels={{title: view.now.title}} />
    {languageSwitch}
    <p className="lead">{view.lead}</p>
    <p className="muted">{view.madeOn}</p>
    <PlanNotices notices={view.notices} />
    {firstScreen ? null : (
      <>
        {view.sections.map((section) => (
          <PlanSectionView key={section.id} section={section} whyLabel={view.whyLabel} />
        ))}
        <FollowUpSection view={view.followUp} />
        <KeepSection view={view.keep} />
      </>
    )}
  </>
);
