// Everything a plan shows, worded in one locale: the single source for the plan page and the PDF fiche.
import {getTranslations} from 'next-intl/server';
import type {ParsedAnswers} from '@/lib/answers/parse-answers';
import {firstUnanswered, questionsFor} from '@/lib/answers/questions';
import {toQueryString, withQuery} from '@/lib/answers/to-query';
import {buildPlan, type Plan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import type {ContentEntry} from '@/lib/content/load-content';
import {formatDate, type IsoDate} from '@/lib/dates';
import {hostNoticeLines, reportTextLines} from '@/lib/report/report-text';
import {renderLines} from './text-lines';

export type PlanItemModel = {
  anchorId: string;
  entry: ContentEntry;
  heading: string;
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
  query: string;
  summary: string[];
  madeOn: string;
  followUp: string[];
  unusable: string[];
  missing: string[];
  answerMissingHref?: string;
  sections: PlanSectionModel[];
};

const text = async (locale: string, namespace: 'ReportText' | 'HostNotice') =>
  (await getTranslations({locale, namespace})) as never;

/** The DSA notice to a host, worded in one locale and dated. */
export const hostNoticeText = async (locale: string, answers: ParsedAnswers['answers'], today: IsoDate): Promise<string> =>
  renderLines(hostNoticeLines(answers, formatDate(today, locale)), await text(locale, 'HostNotice'));

export const buildPlanModel = async (locale: string, parsed: ParsedAnswers, today: IsoDate): Promise<PlanModel> => {
  const {answers, answered, unusable} = parsed;
  const t = await getTranslations({locale, namespace: 'Plan'});
  const q = await getTranslations({locale, namespace: 'Questions'});
  const reason = await getTranslations({locale, namespace: 'Reasons'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const countryName = await getTranslations({locale, namespace: 'Countries'});
  const content = contentLibrary(locale);
  const english = contentLibrary('en');
  const plan = buildPlan(answers, content, today);
  const query = toQueryString(answers, answered);
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const questionName = (field: string) => t(`questionNames.${field}` as never);

  const summary: string[] = [];
  if (answers.country) {
    const province = answers.country === 'ca' && answers.province ? ` (${q(`province.${answers.province}`)})` : '';
    summary.push(t('summaryCountry', {value: countryName(answers.country) + province}));
  }
  if (answers.platforms.length > 0) summary.push(t('summaryPlatforms', {value: answers.platforms.map((p) => platformName(p)).join(', ')}));
  const ages = [
    ...(answers.ageMade !== undefined ? [t('summaryAgeMade', {age: answers.ageMade})] : []),
    ...(answers.ageNow !== undefined ? [t('summaryAgeNow', {age: answers.ageNow})] : []),
  ];
  if (ages.length > 0) summary.push(t('summaryAges', {value: ages.join(', ')}));

  const followUp = plan.reportedOn && plan.checkOn
    ? [t('followDates', {reported: date(plan.reportedOn)}), t('checkOn', {date: date(plan.checkOn)}), t('escalateStep', {date: date(plan.escalateOn)})]
    : [];
  const nextMissing = firstUnanswered(answers, answered);

  const reportLocal = await text(locale, 'ReportText');
  const reportEnglish = await text('en', 'ReportText');

  // Sequential on purpose: the host notice is awaited, and the order of items matters.
  const sections: PlanSectionModel[] = [];
  for (const [sectionIndex, section] of plan.sections.entries()) {
    const items: PlanItemModel[] = [];
    for (const [itemIndex, item] of section.items.entries()) {
      const entry = content.get(item.contentId);
      if (!entry) continue; // every id a plan can show is checked by the content tests
      const reportable = item.platform !== undefined && item.platform !== 'unknown';
      items.push({
        anchorId: `${section.id}-${itemIndex + 1}`,
        entry,
        heading: item.platform && item.contentId === 'platform-generic' ? t('reportOn', {platform: platformName(item.platform)}) : entry.title,
        reasons: item.reasons.map((key) => reason(key as never)),
        reviewed: t('reviewed', {date: date(entry.reviewed)}),
        ...(section.id === 'escalate' ? {callout: t('escalateOn', {date: date(plan.escalateOn)})} : {}),
        ...(reportable
          ? {
              reportText: {
                local: renderLines(reportTextLines(answers, entry.policy), reportLocal),
                ...(locale === 'en' ? {} : {english: renderLines(reportTextLines(answers, english.get(item.contentId)?.policy), reportEnglish)}),
              },
            }
          : {}),
        ...(item.contentId === 'host-notice' ? {hostNotice: await hostNoticeText(locale, answers, today)} : {}),
      });
    }
    sections.push({id: section.id, number: sectionIndex + 1, title: t(`sections.${section.id}`), items});
  }

  return {
    locale,
    plan,
    query,
    summary,
    madeOn: t('madeOn', {date: date(plan.madeOn)}),
    followUp,
    unusable: unusable.map(questionName),
    missing: questionsFor(answers).filter((question) => !answered.includes(question)).map(questionName),
    ...(nextMissing ? {answerMissingHref: withQuery(`/${locale}/questions/${nextMissing}`, `${query ? `${query}&` : ''}e=1`)} : {}),
    sections,
  };
};
