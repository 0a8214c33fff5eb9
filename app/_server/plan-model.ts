// Everything a plan shows, worded in one locale: the single source for the plan page and the PDF fiche.
import {getTranslations} from 'next-intl/server';
import {firstUnanswered, questionsFor} from '@/lib/answers/questions';
import type {Answers} from '@/lib/answers/schema';
import {buildPlan, type Plan} from '@/lib/plan/build-plan';
import {waitsForEscalation} from '@/lib/plan/sections';
import {contentLibrary} from '@/lib/content/content-store';
import type {ContentEntry} from '@/lib/content/load-content';
import {formatDate, type IsoDate} from '@/lib/dates';
import {hostNoticeLines, reportTextLines} from '@/lib/report/report-text';
import {summarizeAnswers, type SummaryRow} from './answers-summary';
import type {PlanRequest} from './plan-request';
import {renderLines} from './text-lines';

export type PlanItemModel = {
  anchorId: string;
  entry: ContentEntry;
  reasons: string[];
  reviewed: string;
  callout?: string;
  reportText?: {local: string; english?: string};
  hostNotice?: string;
};

export type PlanSectionModel = {id: string; number: number; title: string; items: PlanItemModel[]};

export type PlanModel = {
  locale: string;
  plan: Plan;
  summary: SummaryRow[];
  madeOn: string;
  followUp: string[];
  /** A report date in the future was given: the dates count from today instead. */
  reportDateIgnored: boolean;
  unusable: string[];
  missing: string[];
  answerMissingHref?: string;
  /** The platforms the person can report to, for the journal. */
  reportablePlaces: string[];
  sections: PlanSectionModel[];
};

/** The DSA notice to a host, worded in one locale and dated. */
export const hostNoticeText = async (locale: string, answers: Answers, today: IsoDate): Promise<string> =>
  renderLines(hostNoticeLines(answers, formatDate(today, locale)), await getTranslations({locale, namespace: 'HostNotice'}));

const reportTexts = async (locale: string, answers: Answers, contentId: string) => {
  const policyOf = (inLocale: string) => contentLibrary(inLocale).get(contentId)?.policy;
  const local = renderLines(reportTextLines(answers, policyOf(locale)), await getTranslations({locale, namespace: 'ReportText'}));
  if (locale === 'en') return {local};
  // Many platforms' forms are in English: offer the same text in English too.
  return {local, english: renderLines(reportTextLines(answers, policyOf('en')), await getTranslations({locale: 'en', namespace: 'ReportText'}))};
};

export const buildPlanModel = async ({locale, parsed, state, today, links}: PlanRequest): Promise<PlanModel> => {
  const {answers, answered, unusable} = parsed;
  const t = await getTranslations({locale, namespace: 'Plan'});
  const followUp = await getTranslations({locale, namespace: 'FollowUp'});
  const reason = await getTranslations({locale, namespace: 'Reasons'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const content = contentLibrary(locale);
  const plan = buildPlan(answers, today);
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const nextMissing = firstUnanswered(answers, answered);

  const sections: PlanSectionModel[] = [];
  for (const [sectionIndex, section] of plan.sections.entries()) {
    const items: PlanItemModel[] = [];
    for (const [itemIndex, item] of section.items.entries()) {
      const entry = content.get(item.contentId);
      if (!entry) continue; // every id a plan can show is checked by the content tests
      items.push({
        anchorId: `${section.id}-${itemIndex + 1}`,
        entry,
        reasons: item.reasons.map((key) => reason(key)),
        reviewed: t('reviewed', {date: date(entry.reviewed)}),
        ...(waitsForEscalation(section.id) ? {callout: t('escalateOn', {date: date(plan.escalateOn)})} : {}),
        ...(item.attach === 'report-text' ? {reportText: await reportTexts(locale, answers, item.contentId)} : {}),
        ...(item.attach === 'host-notice' ? {hostNotice: await hostNoticeText(locale, answers, today)} : {}),
      });
    }
    sections.push({id: section.id, number: sectionIndex + 1, title: t(`sections.${section.id}`), items});
  }

  return {
    locale,
    plan,
    summary: await summarizeAnswers(locale, state),
    madeOn: t('madeOn', {date: date(plan.madeOn)}),
    followUp:
      plan.reportedOn && plan.checkOn
        ? [followUp('reportedOn', {reported: date(plan.reportedOn)}), followUp('checkOn', {date: date(plan.checkOn)}), followUp('escalateStep', {date: date(plan.escalateOn)})]
        : [],
    reportDateIgnored: answers.reportedOn !== undefined && plan.reportedOn === undefined,
    unusable: unusable.map((field) => t(`questionNames.${field}`)),
    missing: questionsFor(answers).filter((question) => !answered.includes(question)).map((question) => t(`questionNames.${question}`)),
    ...(nextMissing ? {answerMissingHref: links.question(nextMissing, state, {editing: true})} : {}),
    reportablePlaces: plan.sections.flatMap((s) => s.items.filter((i) => i.attach === 'report-text' && i.platform).map((i) => platformName(i.platform!))),
    sections,
  };
};
