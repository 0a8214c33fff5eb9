// One section of the plan: its short steps, each with the ready-to-paste text it announces one tap away.
import {getTranslations} from 'next-intl/server';
import type {PlanSectionModel} from '@/app/_server/plan-model';
import {PlanItemView} from './PlanItemView';

export const PlanSectionView = async ({locale, section}: {locale: string; section: PlanSectionModel}) => {
  const plan = await getTranslations({locale, namespace: 'Plan'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  const labels = {why: plan('why'), reportText: texts('writeTitle'), notice: texts('noticeLabel')};
  return (
    <section aria-labelledby={section.id} className="plan-section">
      <h2 id={section.id}>
        <span className="plan-section__number">{section.number}.</span> {section.title}
      </h2>
      {section.items.map((item) => (
        <PlanItemView key={item.anchorId} item={item} labels={labels} />
      ))}
    </section>
  );
};
