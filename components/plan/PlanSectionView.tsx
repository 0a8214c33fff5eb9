// One section of the plan: its short steps, each with the ready-to-paste text it announces one tap away.
import {PlanItemView} from './PlanItemView';
import type {SectionView} from '@/lib/views/plan-view';

export const PlanSectionView = ({section, whyLabel}: {section: SectionView; whyLabel: string}) => (
  <section aria-labelledby={section.id} className="plan-section">
    <h2 id={section.id}>
      <span className="plan-section__number">{section.number}.</span> {section.title}
    </h2>
    {section.steps.map((step) => (
      <PlanItemView key={step.anchorId} step={step} whyLabel={whyLabel} />
    ))}
  </section>
);
