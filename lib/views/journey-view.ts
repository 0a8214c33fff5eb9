// What a step of the questions shows, as plain data: a question's form, or the check page's list of answers. The
// server builds it from the query, the device from the fragment (components/questions/DeviceJourney.tsx); only
// the links differ (`JourneyHrefs`), so both draw the same step.
import type {QuestionRequest} from '../answers/journey';
import {FORM_ERRORS, formValuesFrom} from '../answers/question-forms';
import {previousQuestion, questionsFor, type QuestionId} from '../answers/questions';
import {toQueryEntries} from '../answers/to-query';
import {PRIVATE_KEYS} from '../answers/url-contract';
import type {AnswerState} from '../links';
import {summarizeAnswers} from './answers-summary';
import type {FieldView} from './field-view';
import {defaultValues, fieldView, titleKey} from './question-view';
import {voiceOf} from './voice-of';
import type {WordsFor} from './words';

/** Where a step's links go: query links on the server, fragment links on the device. */
export type JourneyHrefs = {
  question: (id: QuestionId, state: AnswerState, options?: {editing?: boolean}) => string;
  check: (state: AnswerState) => string;
  plan: (state: AnswerState) => string;
  home: () => string;
};

export type QuestionStepView = {
  kind: 'question';
  question: QuestionId;
  title: string;
  hint?: string;
  progress: string;
  back: {href: string; label: string};
  /** The form's own address: where it goes without JavaScript. */
  action: string;
  hidden: [string, string][];
  field: FieldView;
  defaults: Record<string, string | string[]>;
  /** Errors of a submission checked by the server (without JavaScript), already worded. */
  serverErrors: Record<string, string>;
  errorTexts: Record<string, string>;
  labels: {continue: string; errorSummaryTitle: string; errorPrefix: string};
};

export type CheckStepView = {
  kind: 'check';
  title: string;
  lead: string;
  rows: {label: string; value?: string; href: string; action: string}[];
  notAnswered: string;
  submit: {href: string; label: string};
};

export type JourneyStepView = QuestionStepView | CheckStepView;

/** The title a question shows this person (the document's title too). */
export const questionTitle = async (words: WordsFor, question: QuestionId, request: Pick<QuestionRequest, 'answers'>) =>
  (await words('Questions'))(titleKey(question, request.answers), voiceOf(request.answers));

export const buildQuestionStepView = async (
  words: WordsFor,
  locale: string,
  question: QuestionId,
  request: QuestionRequest,
  hrefs: JourneyHrefs,
  action: string,
): Promise<QuestionStepView> => {
  const {answers, answered, submitted, errors, editing, query} = request;
  const state = {answers, answered};
  const t = await words('Questions');
  const errorText = await words('Questions.errors');
  const list = questionsFor(answers);
  const previous = previousQuestion(question, answers);
  // After a failed submission, show what was typed rather than what the link held before.
  const defaults = submitted
    ? (Object.fromEntries(Object.entries(formValuesFrom(query, question)).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>)
    : defaultValues(question, answers, answered);
  const errorTexts = Object.fromEntries(FORM_ERRORS.map((key) => [key, errorText(key, voiceOf(answers))]));
  return {
    kind: 'question',
    question,
    title: await questionTitle(words, question, request),
    ...(t.has(`${question}.hint`) ? {hint: t(`${question}.hint`)} : {}),
    progress: t('progress', {current: list.indexOf(question) + 1, total: list.length}),
    back: {href: editing ? hrefs.check(state) : previous ? hrefs.question(previous, state) : hrefs.home(), label: t('back')},
    action,
    hidden: [...toQueryEntries(answers, answered, question), ...(editing ? [[PRIVATE_KEYS.editing, '1'] as [string, string]] : [])],
    field: await fieldView(words, locale, question, answers),
    defaults,
    serverErrors: Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, errorTexts[key ?? ''] ?? String(key)])),
    errorTexts,
    labels: {continue: t('continue'), errorSummaryTitle: t('errorSummaryTitle'), errorPrefix: t('errorPrefix')},
  };
};

export const buildCheckStepView = async (words: WordsFor, state: AnswerState, hrefs: JourneyHrefs): Promise<CheckStepView> => {
  const t = await words('Check');
  const rows = await summarizeAnswers(words, state);
  return {
    kind: 'check',
    title: t('title'),
    lead: t('lead'),
    rows: rows.map((row) => ({
      label: row.label,
      ...(row.value === undefined ? {} : {value: row.value}),
      href: hrefs.question(row.question, state, {editing: true}),
      action: row.value === undefined ? t('answer') : t('change'),
    })),
    notAnswered: t('notAnswered'),
    submit: {href: hrefs.plan(state), label: t('submit')},
  };
};
