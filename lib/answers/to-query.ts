// Writes answers back into the URL contract, in a fixed key order, so equal answers give equal links.
import type {Answers} from './schema';
import {QUERY_KEYS, SENT_ON_KEYS, type SentOnKind} from './url-contract';
import {QUESTION_IDS, QUESTIONS, choiceFieldOf, chosenValues, isChoiceQuestion, type QuestionId} from './questions';

export type QueryEntry = [key: string, value: string];

const entriesOf = (id: QuestionId, answers: Answers): QueryEntry[] => {
  if (!isChoiceQuestion(id)) return QUESTIONS.ages.field.map((field) => [field.key, answers[field.prop]?.toString() ?? '']);
  const {key, codec} = choiceFieldOf(id);
  const values = chosenValues(id, answers);
  return values.length > 0 ? values.map((value) => [key, codec.code(value)]) : [[key, '']];
};

const hasValue = (id: QuestionId, answers: Answers): boolean =>
  isChoiceQuestion(id) ? chosenValues(id, answers).length > 0 : answers.ageMade !== undefined || answers.ageNow !== undefined;

/**
 * `answered` lists questions answered with "I'd rather not say": they are written as an empty value
 * (`k=`) so the questions are not asked again. `omit` leaves one question out (the one on screen).
 */
export const toQueryEntries = (answers: Answers, answered: readonly QuestionId[] = [], omit?: QuestionId): QueryEntry[] => [
  ...QUESTION_IDS.filter(
    (id) => id !== omit && QUESTIONS[id].asked(answers) && (hasValue(id, answers) || (answered.includes(id) && QUESTIONS[id].notSaid)),
  ).flatMap((id) => entriesOf(id, answers)),
  ...(answers.reportedOn ? [[QUERY_KEYS.reportedOn, answers.reportedOn] as QueryEntry] : []),
  ...(Object.entries(SENT_ON_KEYS) as [SentOnKind, string][]).flatMap(([kind, key]): QueryEntry[] => {
    const day = answers.sentOn?.[kind];
    return day ? [[key, day]] : [];
  }),
];

export const toQueryString = (...args: Parameters<typeof toQueryEntries>): string => new URLSearchParams(toQueryEntries(...args)).toString();

/** `?query` or an empty string, ready to append to a path. */
export const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);
