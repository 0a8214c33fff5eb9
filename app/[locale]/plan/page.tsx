import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {PlanWithoutAnswers} from '@/app/_pages/PlanWithoutAnswers';
import {AnswersToFragment} from '@/components/plan/AnswersToFragment';
import {PlanFragmentMark} from '@/components/FragmentMark';
import {PlanBody} from '@/components/plan/PlanBody';
import {openPlanRequest} from '@/app/_server/plan-request';
import {buildPlanModel} from '@/app/_server/plan-model';
import {planView} from '@/app/_server/plan-view';
import {LeftGuard} from '@/components/LeftGuard';

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

  // A query without answers (the proxy serves the static page for an address without a query): with JavaScript,
  // the answers may be in the fragment, which only the device reads.
  if (request.parsed.answered.length === 0)
    return <PlanWithoutAnswers locale={locale} guard={<LeftGuard locale={locale} />} mark={<PlanFragmentMark />} />;

  const view = await planView(request, await buildPlanModel(request));
  return (
    <>
      <LeftGuard locale={locale} />
      <AnswersToFragment query={request.query} />
      <h1 className="plan-title">{t('title')}</h1>
      <PlanBody view={view} languageSwitch={<LanguageSwitch locale={locale} path="/plan" query={request.query} />} />
      <FocusHeading />
    </>
  );
}
