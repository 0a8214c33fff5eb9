// The questions' journey as plain logic: what a request for one question shows, or where it goes next. The server
// reads it from the query; the device (JavaScript on) from the fragment, so both take the same route.
import {parseAnswers, type ParsedAnswers} from './parse-answers';
import {QUESTION_IDS, firstUnanswered, nextQuestion, questionsFor, type QuestionId} from './questions';
import {formValuesFrom, validateQuestion, type FieldErrors} from './question-forms';
import {PRIVATE_KEYS} from './url-contract';

/** A step of the journey: one question, or the check page listing every answer. */
export type JourneyStep = QuestionId | 'check';

export const JOURNEY_STEPS: readonly JourneyStep[] = [...QUESTION_IDS, 'check'];

export const isJourneyStep = (value: unknown): value is JourneyStep =>
  typeof value === 'string' && (JOURNEY_STEPS as readonly string[]).includes(value);

/** A question's request, read once: the answers so far, whether it was submitted, and its errors if so. */
export type QuestionRequest = ParsedAnswers & {query: URLSearchParams; submitted: boolean; editing: boolean; errors: FieldErrors};

export const readQuestionRequest = (question: QuestionId, query: URLSearchParams): QuestionRequest => {
  const submitted = query.get(PRIVATE_KEYS.submitted) === '1';
  return {
    query,
    submitted,
    editing: query.get(PRIVATE_KEYS.editing) === '1',
    errors: submitted ? validateQuestion(question, formValuesFrom(query, question)) : {},
    ...parseAnswers(query),
  };
};

/** Where a question's request leads: shown as it is, or on to another step (a valid answer, a question not asked). */
export type QuestionOutcome = {kind: 'show'} | {kind: 'go'; step: JourneyStep; editing: boolean};

export const questionOutcome = (question: QuestionId, request: QuestionRequest): QuestionOutcome => {
  const {answers, answered, submitted, errors, editing} = request;
  // A question this person is not asked (the province outside Canada) sends them to the first one.
  if (!questionsFor(answers).includes(question)) return {kind: 'go', step: QUESTION_IDS[0], editing};
  if (!submitted || Object.keys(errors).length > 0) return {kind: 'show'};
  const next = editing ? firstUnanswered(answers, answered) : nextQuestion(question, answers);
  return next ? {kind: 'go', step: next, editing} : {kind: 'go', step: 'check', editing: false};
};
