// A plan under its first screen: its sections of short steps, following up, and keeping the plan.
import {PlanSectionView} from './PlanSectionView';
import {FollowUpSection} from './FollowUpSection';
import {KeepSection} from './KeepSection';
import type {PlanView} from '@/lib/views/plan-view';

export const PlanRest = ({view}: {view: PlanView}) => (
  <>
    {view.sections.map((section) => (
      <PlanSectionView key={section.id} section={section} whyLabel={view.whyLabel} />
    ))}
    <FollowUpSection view={view.followUp} />
    <KeepSection view={view.keep} />
  </>
);
