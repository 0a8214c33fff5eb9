// Everything a plan shows, worded in one locale: the single source for the plan page and the PDF fiche.
import {getTranslations} from 'next-intl/server';
import {firstUnanswered, missingQuestions} from '@/lib/answers/questions';
import type {Answers} from '@/lib/answers/schema';
import {buildPlan} from '@/lib/plan/build-plan';
import {factsFrom} from '@/lib/plan/facts';
import {nowActions} from '@/lib/plan/now';
import {waitsForEscalation} from '@/lib/plan/sections';
import type {ReasonKey} from '@/lib/plan/places';
import {contentLibrary} from '@/lib/content/content-store';
import {stepWords} from '@/lib/content/voice';
import {serves} from '@/lib/plan/eligibility';
import {contactWords, tapOf} from './taps';
import {nowModels} from './now-view';
import {formatDate, type IsoDate} from '@/lib/dates';
import {writtenForThem} from '@/lib/report/report-text';
import {CLOCKS, clocksFor, readClocks, sentDays, type ClockId} from '@/lib/plan/clocks';
import {NOTICE_APPLIES, type NoticeKind} from '@/lib/report/notices';
import {authoritiesFor, noticeView} from './notices-view';
import {summarizeAnswers} from './answers-summary';
import {voiceOf} from './question-view';
import type {PlanRequest} from './plan-request';
import {policyLines, sharedReportText} from './report-texts';
import type {NoticeView, PlanItemModel, PlanModel, PlanSectionModel} from '@/lib/views/plan-model';

/** The first sentence of a text, for content without a written summary yet. */
const firstSentence = (markdown: string): string => {
  const paragraph =
    markdown
      .replace(/\*\*|__|\[|\]\([^)]*\)/g, '')
      .split(/\n\s*\n/)
      .find((block) => block.trim() && !/^\s*(\d+\.|-|\*)\s/.test(block)) ?? '';
  const sentence = /^[\s\S]*?[.!?](\s|$)/.exec(paragraph.trim())?.[0] ?? paragraph;
  return sentence.replace(/\s+/g, ' ').trim();
};

/**
 * Reasons true of everyone ("talking to someone can help"): the page leaves them out under the step, to keep the
 * plan short; the PDF keeps every reason.
 */
const SAYS_NOTHING_OF_THE_ANSWERS = new Set<ReasonKey>(['supportAdult', 'lawHere', 'evidenceFirst', 'escalateHere', 'supportOther', 'escalateOther']);

/** The letters a step carries: its own notice; after the notice to a host, the complaint if a platform refuses. */
const lettersOf = async (kind: NoticeKind, locale: string, answers: Answers, today: IsoDate): Promise<NoticeView[]> => {
  const kinds: NoticeKind[] =
    kind === 'host-notice' && NOTICE_APPLIES['platform-complaint'](factsFrom(answers)) ? [kind, 'platform-complaint'] : [kind];
  return Promise.all(kinds.map((each) => noticeView(each, locale, answers, today)));
};

/** `withTexts`: write out every text the plan announces, and sum up the answers (the PDF); the page links to them instead. */
export const buildPlanModel = async ({locale, parsed, state, today, links}: PlanRequest, {withTexts = false} = {}): Promise<PlanModel> => {
  const {answers, answered, unusable} = parsed;
  const t = await getTranslations({locale, namespace: 'Plan'});
  const followUp = await getTranslations({locale, namespace: 'FollowUp'});
  const reason = await getTranslations({locale, namespace: 'Reasons'});
  const content = contentLibrary(locale);
  const contacts = await contactWords(locale);
  const plan = buildPlan(answers, today, content);
  const facts = factsFrom(answers);
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const authorities = await authoritiesFor(locale, answers.country);
  const nextMissing = firstUnanswered(answers, answered);
  // Reasons name the person's place ("where you live (Ontario)") and follow who filled in the questions.
  const place =
    answers.province && answers.province !== 'other'
      ? (await getTranslations({locale, namespace: 'Questions'}))(`province.${answers.province}`)
      : answers.country
        ? (await getTranslations({locale, namespace: 'Countries'}))(answers.country)
        : '';
  const voice = {...voiceOf(answers), place};

  const sections: PlanSectionModel[] = [];
  for (const [sectionIndex, section] of plan.sections.entries()) {
    const items: PlanItemModel[] = [];
    for (const [itemIndex, item] of section.items.entries()) {
      const entry = content.get(item.contentId);
      if (!entry) continue; // every id a plan can show is checked by the content tests
      const words = stepWords(entry, answers.who);
      items.push({
        anchorId: `${section.id}-${itemIndex + 1}`,
        entry,
        title: words.title,
        summary: words.summary ?? firstSentence(entry.markdown),
        primary: tapOf(entry, contacts, item.tap),
        ...(item.platform ? {platform: item.platform} : {}),
        phones: entry.phones.filter((phone) => serves(phone, facts)),
        links: entry.links.filter((link) => serves(link, facts)),
        detailHref: item.platform ? links.guide(item.platform) : links.page(`/help/${entry.id}`),
        reasons: item.reasons.map((key) => reason(key, voice)),
        ...(item.reasons[0] && !SAYS_NOTHING_OF_THE_ANSWERS.has(item.reasons[0]) ? {why: reason(item.reasons[0], voice)} : {}),
        reviewed: t('reviewed', {date: date(entry.reviewed)}),
        ...(waitsForEscalation(section.id) ? {callout: t('escalateOn', {date: date(plan.escalateOn)})} : {}),
        ...(item.attach === 'report-text' ? {textHref: `${links.planFile('texts', state)}#text-${item.platform}`} : {}),
        ...(item.attach && item.attach !== 'report-text' ? {textHref: `${links.planFile('notice', state)}#${item.attach}`} : {}),
        ...(withTexts && item.attach === 'report-text' ? {policyLines: await policyLines(locale, item.contentId)} : {}),
        ...(withTexts && item.attach && item.attach !== 'report-text' ? {letters: await lettersOf(item.attach, locale, answers, today)} : {}),
      });
    }
    sections.push({id: section.id, number: sectionIndex + 1, title: t(`sections.${section.id}`, voice), items});
  }

  const now = await nowModels(locale, nowActions(facts, content), {
    voice,
    stepHref: (target) => {
      const anchor = sections.find((section) => section.id === target);
      return anchor ? `#${anchor.id}` : undefined;
    },
  });

  return {
    locale,
    writtenForThem: writtenForThem(answers),
    plan,
    now,
    summary: withTexts ? await summarizeAnswers(locale, state) : [],
    madeOn: t('madeOn', {date: date(plan.madeOn)}),
    followUp: [
      ...(plan.reportedOn && plan.checkOn
        ? [
            followUp('reportedOn', {reported: date(plan.reportedOn)}),
            followUp('checkOn', {date: date(plan.checkOn)}),
            followUp('escalateStep', {date: date(plan.escalateOn)}),
          ]
        : []),
      ...readClocks(facts, sentDays(answers), today)
        .filter((clock) => clock.id !== 'report')
        .flatMap((clock) => {
          const id = clock.id as Exclude<ClockId, 'report'>;
          return [
            followUp(`clocks.${id}.sent`, {sent: date(clock.sentOn)}),
            followUp(`clocks.${id}.next`, {date: date(clock.dueOn), passed: clock.passed ? 'yes' : 'no', ...authorities}),
          ];
        }),
    ],
    clockInputs: clocksFor(facts).map((id) => ({
      id,
      name: CLOCKS[id].key,
      label: id === 'report' ? followUp('label') : followUp(`clocks.${id}.label`),
      ...(sentDays(answers)[id] ? {value: sentDays(answers)[id]} : {}),
    })),
    reportDateIgnored: Object.values(sentDays(answers)).some((day) => day > today),
    unusable: unusable.map((field) => t(`questionNames.${field}`, voice)),
    missing: missingQuestions(answers, answered).map((question) => t(`questionNames.${question}`, voice)),
    ...(nextMissing ? {answerMissingHref: links.question(nextMissing, state, {editing: true})} : {}),
    sections,
    ...(withTexts && sections.some((section) => section.items.some((item) => item.policyLines))
      ? {
          reportText: {
            local: await sharedReportText(locale, answers),
            // Many platforms' forms are in English.
            ...(locale === 'en' ? {} : {english: await sharedReportText('en', answers)}),
          },
        }
      : {}),
  };
};

/** The pages a plan kept offline brings along: each step in full, and the texts it announces. */
export const keptWithPlan = (model: PlanModel): string[] => [
  ...new Set(
    model.sections.flatMap((section) => section.items.flatMap((item) => [item.detailHref, ...(item.textHref ? [item.textHref.split('#')[0]!] : [])])),
  ),
];
