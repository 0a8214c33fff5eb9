// The ready-to-paste report texts, worded in one locale from words passed in (on the server, next-intl's; on the
// device, the static texts data): each platform's for the page of texts, and the one text with a blank for the
// platform's rule that the PDF writes once, with what to put in that blank.
import type {Answers} from '../answers/schema';
import type {Plan} from '../plan/build-plan';
import {reportTextLines} from '../report/report-text';
import {renderLines} from './text-lines';
import type {WordsFor} from './words';

/** Where the texts' words come from, in the plan's locale and in English (many platforms' forms are in English). */
export type TextSources = {
  locale: string;
  wordsIn: (locale: string) => WordsFor;
  /** A platform's rule as its content entry names it, in a locale. */
  policyIn: (locale: string, contentId: string) => string | undefined;
};

const textIn = async ({wordsIn}: TextSources, locale: string, answers: Answers, policy: string | undefined) =>
  renderLines(reportTextLines(answers, policy), await wordsIn(locale)('ReportText'));

const reportTexts = async (sources: TextSources, answers: Answers, contentId: string) => {
  const {locale, policyIn} = sources;
  const local = await textIn(sources, locale, answers, policyIn(locale, contentId));
  if (locale === 'en') return {local};
  return {local, english: await textIn(sources, 'en', answers, policyIn('en', contentId))};
};

/** The report text with a blank for the platform's rule, in a locale: the PDF writes it once. */
export const sharedReportText = async (sources: TextSources, locale: string, answers: Answers) => {
  const blank = (await sources.wordsIn(locale)('Pdf'))('policyPlaceholder');
  return textIn(sources, locale, answers, blank);
};

/** What to put in that blank for one platform, in the plan's language (and in English for English forms). */
export const policyLines = async ({locale, wordsIn, policyIn}: TextSources, contentId: string): Promise<string[]> => {
  const pdf = await wordsIn(locale)('Pdf');
  const local = policyIn(locale, contentId);
  const english = policyIn('en', contentId);
  if (!local) return [pdf('policyLineGeneric')];
  return [pdf('policyLine', {policy: local}), ...(english && english !== local ? [pdf('policyLineEn', {policy: english})] : [])];
};

export type PlatformTexts = {platform: string; name: string; local: string; english?: string};

/** Each platform's report texts for a plan, for the page of texts. */
export const platformReportTexts = async (sources: TextSources, answers: Answers, plan: Plan): Promise<PlatformTexts[]> => {
  const platformName = await sources.wordsIn(sources.locale)('Platforms');
  const items = plan.sections.flatMap((section) => section.items.filter((item) => item.attach === 'report-text' && item.platform));
  return Promise.all(
    items.map(async (item) => ({
      platform: item.platform!,
      name: platformName(item.platform!),
      ...(await reportTexts(sources, answers, item.contentId)),
    })),
  );
};
