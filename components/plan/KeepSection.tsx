// Keeping the plan: the PDF fiche, the link to share, keeping it offline on this device, changing the answers.
import {getTranslations} from 'next-intl/server';
import type {PlanRequest} from '@/app/_server/plan-request';
import {ShareLink} from '@/components/share/ShareLink';
import {KeepPlanOffline} from '@/components/offline/KeepPlanOffline';

export const KeepSection = async ({request, stepPages}: {request: PlanRequest; stepPages: string[]}) => {
  const {locale, state, links, planUrl} = request;
  const t = await getTranslations({locale, namespace: 'Keep'});
  const plan = await getTranslations({locale, namespace: 'Plan'});
  return (
    <section aria-labelledby="keep" className="plan-extra plan-actions">
      <h2 id="keep">{t('title')}</h2>
      <p>
        <a className="button" href={links.planFile('pdf', state)}>
          {t('pdf')}
        </a>
      </p>
      <ShareLink
        url={planUrl}
        labels={{link: t('shareLabel'), hint: t('shareHint'), copy: t('copyLink'), copied: t('linkCopied'), share: t('share')}}
      />
      <KeepPlanOffline
        pages={stepPages}
        labels={{intro: t('offlineIntro'), keep: t('offlineKeep'), remove: t('offlineRemove'), kept: t('offlineKept'), removed: t('offlineRemoved')}}
      />
      <p>
        <a href={links.page('/journal')}>{t('journalLink')}</a>
      </p>
      <p>
        <a href={links.check(state)}>{plan('changeAnswers')}</a>
      </p>
      <p>
        <a href={links.start()}>{plan('startAgain')}</a>
      </p>
    </section>
  );
};
