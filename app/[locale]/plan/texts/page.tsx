// The ready-to-paste report texts for every platform of a plan, one tap from each platform's step: worded from
// the same answers, in the plan's language and in English (many platforms' forms are in English). This is the
// page drawn from a query (JavaScript off, an old link); with JavaScript the answers then move after `#` and the
// device draws the same page (app/[locale]/plan/device/texts).
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {platformReportTexts} from '@/lib/views/report-texts';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {LeftGuard} from '@/components/LeftGuard';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import {AnswersToFragment} from '@/components/plan/AnswersToFragment';
import {TextsPageBody} from '@/components/plan/TextsPageBody';
import {openPlanRequest} from '@/app/_server/plan-request';
import {serverTextSources} from '@/app/_server/text-sources';
import {textsPageLabels} from '@/app/_server/companion-labels';
import {journalLabels} from '@/app/_server/journal-labels';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Texts'});
  return {title: t('pageTitle'), robots: {index: false}};
};

export default async function TextsPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {state, today, query, links} = await openPlanRequest(locale, await searchParams);
  const texts = await platformReportTexts(serverTextSources(locale), state.answers, buildPlan(state.answers, today, contentLibrary(locale)));
  return (
    <>
      <LeftGuard locale={locale} />
      <AnswersToFragment query={query} />
      <TextsPageBody
        locale={locale}
        texts={texts}
        planHref={links.plan(state)}
        labels={await textsPageLabels(locale)}
        languageSwitch={<LanguageSwitch locale={locale} path="/plan/texts" query={query} />}
        fill={<FillFromCaseFile labels={(await journalLabels(locale)).fill} />}
      />
    </>
  );
}
