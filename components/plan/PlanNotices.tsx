// What the plan could not use from the link, and what it still lacks, said calmly with a way to answer.
import {getTranslations} from 'next-intl/server';
import type {PlanModel} from '@/app/_server/plan-model';

export const PlanNotices = async ({locale, model}: {locale: string; model: PlanModel}) => {
  const t = await getTranslations({locale, namespace: 'Plan'});
  return (
    <>
      {model.unusable.length > 0 && (
        <div className="notice" role="status">
          <h2>{t('unusableTitle')}</h2>
          <p>
            {t('unusable')} {model.unusable.join(', ')}.
          </p>
        </div>
      )}
      {model.missing.length > 0 && model.answerMissingHref && (
        <div className="notice">
          <h2>{t('missingTitle')}</h2>
          <p>
            {t('missing')} {model.missing.join(', ')}.
          </p>
          <p>
            <a href={model.answerMissingHref}>{t('answerMissing')}</a>
          </p>
        </div>
      )}
    </>
  );
};
