import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {PlanNotices} from '@/components/plan/PlanNotices';
import {PlanContents} from '@/components/plan/PlanContents';
import {PlanSectionView} from '@/components/plan/PlanSectionView';
import {FollowUpSection} from '@/components/plan/FollowUpSection';
import {KeepSection} from '@/components/plan/KeepSection';
import {JournalSection} from '@/components/journal/JournalSection';
import {openPlanRequest} from '@/app/_server/plan-request';
import {buildPlanModel} from '@/app/_server/plan-model';

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
  return (
    <>
      <LanguageSwitch locale={locale} path="/plan" query={request.query} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="muted">{model.madeOn}</p>
      <PlanNotices locale={locale} model={model} />
      <PlanContents locale={locale} sections={model.sections} />
      {model.sections.map((section) => (
        <PlanSectionView key={section.id} locale={locale} section={section} noticeHref={request.links.planFile('notice', request.state)} />
      ))}
      <FollowUpSection request={request} model={model} />
      <JournalSection locale={locale} places={model.reportablePlaces} today={request.today} />
      <KeepSection request={request} />
      <FocusHeading />
    </>
  );
}
