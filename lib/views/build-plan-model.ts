// Everything a plan shows, worded in one locale: the single source for the plan page and the PDF fiche, on the
// server (app/_server/plan-model.ts) and on the device (the plan drawn from the address's fragment). Words and
// content come in as `PlanSources`; what only the PDF writes out (letters, report texts, the answers in words)
// comes in as `PlanTexts`.
import type {ParsedAnswers} from '../answers/parse-answers';
import {firstUnanswered, missingQuestions} from '../answers/questions';
import {formatDate, type IsoDate} from '../dates';
import type {AnswerState, Links} from '../links';
import {buildPlan} from '../plan/build-plan';
import {CLOCKS, clocksFor, readClocks, sentDays, type ClockId} from '../plan/clocks';
import {serves} from '../plan/eligibility';
import {factsFrom} from '../plan/facts';
import {nowActions} from '../plan/now';
import type {ReasonKey} from '../plan/places';
import {waitsForEscalation} from '../plan/sections';
import type {NoticeKind} from '../report/notices';
import {writtenForThem} from '../report/report-text';
import {stepWords} from '../content/voice';
import {authoritiesOf} from './authorities';
import {nowModels} from './now-models';
import type {PlanEntries} from './plan-entry';
import type {NoticeView, PlanItemModel, PlanModel, PlanSectionModel, SummaryRow} from './plan-model';
import {tapOf} from './taps';
import {voiceOf} from './voice-of';
import type {WordsFor} from './words';

/** What a plan is built from: the answers as read from the address, today, and the links to print. */
export type PlanInput = {locale: string; parsed: ParsedAnswers; state: AnswerState; today: IsoDate; links: Links};

export type PlanSources = {words: WordsFor; content: PlanEntries};

/** What the PDF writes out where the page links to it instead. */
export type PlanTexts = {
  policyLines: (contentId: string) => Promise<string[]>;
  letters: (kind: NoticeKind) => Promise<NoticeView[]>;
  summary: () => Promise<SummaryRow[]>;
  reportText: () => Promise<NonNullable<PlanModel['reportText']>>;
};

/**
 * Reasons true of everyone ("talking to someone can help"): the page leaves them out under the step, to keep the
 * plan short; the PDF keeps every reason.
 */
const SAYS_NOTHING_OF_THE_ANSWERS = new Set<ReasonKey>(['supportAdult', 'lawHere', 'evidenceFirst', 'escalateHere', 'supportOther', 'escalateOther']);

/** `texts`: write out every text the plan announces, and sum up the answers (the PDF); the page links to them instead. */
export const buildPlanModel = async (
  {locale, parsed, state, today, links}: PlanInput,
  {words, content}: PlanSources,
  texts?: PlanTexts,
): Promise<PlanModel> => {
  const {answers, answered, unusable} = parsed;
  const t = await words('Plan');
  const followUp = await words('FollowUp');
  const reason = await words('Reasons');
  const contacts = await words('Contacts');
  const plan = buildPlan(answers, today, content);
  const facts = factsFrom(answers);
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const authorities = authoritiesOf(followUp, answers.country);
  const nextMissing = firstUnanswered(answers, answered);
  // Reasons name the person's place ("where you live (Ontario)") and follow who filled in the questions.
  const place =
    answers.province && answers.province !== 'other'
      ? (await words('Questions'))(`province.${answers.province}`)
      : answers.country
        ? (await words('Countries'))(answers.country)
        : '';
  const voice = {...voiceOf(answers), place};

  const sections: PlanSectionModel[] = [];
  for (const [sectionIndex, section] of plan.sections.entries()) {
    const items: PlanItemModel[] = [];
    for (const [itemIndex, item] of section.items.entries()) {
      const entry = content.get(item.contentId);
      if (!entry) continue; // every id a plan can show is checked by the content tests
      const spoken = stepWords(entry, answers.who);
      items.push({
        anchorId: `${section.id}-${itemIndex + 1}`,
        title: spoken.title,
        summary: spoken.summary ?? entry.summary,
        primary: tapOf(entry, contacts, item.tap),
        ...(item.platform ? {platform: item.platform} : {}),
        phones: entry.phones.filter((phone) => serves(phone, facts)),
        links: entry.links.filter((link) => serves(link, facts)),
        detailHref: item.platform ? links.guide(item.platform) : links.page(`/help/${entry.id}`),
        reasons: item.reasons.map((key) => reason(key, voice)),
        ...(item.reasons[0] && !SAYS_NOTHING_OF_THE_ANSWERS.has(item.reasons[0]) ? {why: reason(item.reasons[0], voice)} : {}),
        reviewed: t('reviewed', {date: date(entry.reviewed)}),
        ...(waitsForEscalation(section.id) ? {callout: t('escalateOn', {date: date(plan.escalateOn)})} : {}),
        ...(item.attach === 'report-text'
          ? {textHref: links.planFile('texts', state, `text-${item.platform}`), textPage: links.planFile('texts', state)}
          : {}),
        ...(item.attach && item.attach !== 'report-text'
          ? {textHref: links.planFile('notice', state, item.attach), textPage: links.planFile('notice', state)}
          : {}),
        ...(texts && entry.markdown !== undefined ? {markdown: entry.markdown} : {}),
        ...(texts && item.attach === 'report-text' ? {policyLines: await texts.policyLines(item.contentId)} : {}),
        ...(texts && item.attach && item.attach !== 'report-text' ? {letters: await texts.letters(item.attach)} : {}),
      });
    }
    sections.push({id: section.id, number: sectionIndex + 1, title: t(`sections.${section.id}`, voice), items});
  }

  const now = await nowModels(words, content, nowActions(facts, content), {
    voice,
    stepHref: (target) => {
      const anchor = sections.find((section) => section.id === target);
      return anchor ? links.planPart(state, anchor.id) : undefined;
    },
  });

  return {
    locale,
    writtenForThem: writtenForThem(answers),
    plan,
    now,
    summary: texts ? await texts.summary() : [],
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
    ...(texts && sections.some((section) => section.items.some((item) => item.policyLines)) ? {reportText: await texts.reportText()} : {}),
  };
};
