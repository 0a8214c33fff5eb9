import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch, otherLanguages} from '@/components/LanguageSwitch';
import {DevicePlan} from '@/components/plan/DevicePlan';
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

  if (request.parsed.answered.length === 0) {
    // No answers in the query: with JavaScript, they may be in the fragment, which only the device reads.
    return (
      <>
        <LeftGuard locale={locale} />
        <PlanFragmentMark />
        <DevicePlan
          locale={locale}
          title={t('title')}
          preparing={t('preparing')}
          failed={t('deviceFailed')}
          languages={await otherLanguages(locale, '/plan')}
        >
          <LanguageSwitch locale={locale} path="/plan" />
          <h1>{t('emptyTitle')}</h1>
          <p>{t('empty')}</p>
          {/* The server cannot see a fragment: without JavaScript, say what a link with a `#` needs. */}
          <noscript>
            <p>{t('emptyNoScript')}</p>
          </noscript>
          <p>
            <a className="button" href={request.links.start()}>
              {t('startAgain')}
            </a>
          </p>
        </DevicePlan>
        <FocusHeading />
      </>
    );
  }

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
