// The plan's table of contents: its sections, then following up, the journal and keeping the plan.
import {getTranslations} from 'next-intl/server';
import type {PlanSectionModel} from '@/app/_server/plan-model';

export const PlanContents = async ({locale, sections}: {locale: string; sections: PlanSectionModel[]}) => {
  const t = await getTranslations({locale, namespace: 'Plan'});
  const extras = [
    {id: 'follow-up', title: (await getTranslations({locale, namespace: 'FollowUp'}))('title')},
    {id: 'journal', title: (await getTranslations({locale, namespace: 'Journal'}))('title')},
    {id: 'keep', title: (await getTranslations({locale, namespace: 'Keep'}))('title')},
  ];
  return (
    <nav aria-labelledby="contents-title" className="contents">
      <h2 id="contents-title">{t('contents')}</h2>
      <ol>
        {[...sections, ...extras].map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
};
