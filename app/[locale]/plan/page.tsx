import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {RightNow} from '@/components/plan/RightNow';
import {PlanNotices} from '@/components/plan/PlanNotices';
import {PlanSectionView} from '@/components/plan/PlanSectionView';
import {FollowUpSection} from '@/components/plan/FollowUpSection';
import {KeepSection} from '@/components/plan/KeepSection';
import {openPlanRequest} from '@/app/_server/plan-request';
import {buildPlanModel, keptWithPlan} from '@/app/_server/plan-model';
import {voiceOf} from '@/app/_server/question-view';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Plan'});
  return {title: t('title'), robots: {index: false}};
};

export default async function PlanPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const request = await openPlanRequest(locale, await searchParams);
  const t = await getTranslations({locale, namespace: 'Plan'});

  if (request.parsed.answered.length === 0) {
    return (
      <>
        <LanguageSwitch locale={locale} path="/plan" />
        <h1>{t('emptyTitle')}</h1>
        <p>{t('empty')}</p>
        <p>
          <a className="button" href={request.links.start()}>
            {t('startAgain')}
          </a>
        </p>
      </>
    );
  }

  const model = await buildPlanModel(request);
  const now = await getTranslations({locale, namespace: 'Now'});
  // "Right now" comes first, right under the title, so it fits on the first screen of a small phone.
  return (
    <>
      <h1 className="plan-title">{t('title')}</h1>
      <RightNow actions={model.now} labels={{title: now('title')}} />
      <LanguageSwitch locale={locale} path="/plan" query={request.query} />
      <p className="lead">{t('lead', voiceOf(request.state.answers))}</p>
      <p className="muted">{model.madeOn}</p>
      <PlanNotices locale={locale} model={model} />
      {model.sections.map((section) => (
        <PlanSectionView key={section.id} locale={locale} section={section} />
      ))}
      <FollowUpSection request={request} model={model} />
      <KeepSection request={request} stepPages={keptWithPlan(model)} />
      <FocusHeading />
    </>
  );
}
