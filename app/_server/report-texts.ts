// The ready-to-paste report texts, worded in one locale: each platform's for the page of texts, and the one text
// with a blank for the platform's rule that the PDF writes once, with what to put in that blank.
import {getTranslations} from 'next-intl/server';
import type {Answers} from '@/lib/answers/schema';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {reportTextLines} from '@/lib/report/report-text';
import type {PlanRequest} from './plan-request';
import {renderLines} from './text-lines';

const reportTexts = async (locale: string, answers: Answers, contentId: string) => {
  const policyOf = (inLocale: string) => contentLibrary(inLocale).get(contentId)?.policy;
  const local = renderLines(reportTextLines(answers, policyOf(locale)), await getTranslations({locale, namespace: 'ReportText'}));
  if (locale === 'en') return {local};
  // Many platforms' forms are in English: offer the same text in English too.
  return {local, english: renderLines(reportTextLines(answers, policyOf('en')), await getTranslations({locale: 'en', namespace: 'ReportText'}))};
};

/** The report text with a blank for the platform's rule, in a locale: the PDF writes it once. */
export const sharedReportText = async (locale: string, answers: Answers) => {
  const blank = (await getTranslations({locale, namespace: 'Pdf'}))('policyPlaceholder');
  return renderLines(reportTextLines(answers, blank), await getTranslations({locale, namespace: 'ReportText'}));
};

/** What to put in that blank for one platform, in the plan's language (and in English for English forms). */
export const policyLines = async (locale: string, contentId: string): Promise<string[]> => {
  const pdf = await getTranslations({locale, namespace: 'Pdf'});
  const local = contentLibrary(locale).get(contentId)?.policy;
  const english = contentLibrary('en').get(contentId)?.policy;
  if (!local) return [pdf('policyLineGeneric')];
  return [pdf('policyLine', {policy: local}), ...(english && english !== local ? [pdf('policyLineEn', {policy: english})] : [])];
};

/** Each platform's report texts for a plan, for the page of texts. */
export const platformReportTexts = async ({locale, state, today}: PlanRequest) => {
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const items = buildPlan(state.answers, today, contentLibrary(locale)).sections.flatMap((section) =>
    section.items.filter((item) => item.attach === 'report-text' && item.platform),
  );
  return Promise.all(
    items.map(async (item) => ({
      platform: item.platform!,
      name: platformName(item.platform!),
      ...(await reportTexts(locale, state.answers, item.contentId)),
    })),
  );
};
