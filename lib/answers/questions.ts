// The questions, in the order they are asked, and which query keys each one writes.
import type {Answers} from './schema';
import {QUERY_KEYS, type QueryKey} from './url-contract';

export const QUESTION_IDS = ['country', 'province', 'platforms', 'ages', 'consent', 'situation'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTION_KEYS: Record<QuestionId, readonly QueryKey[]> = {
  country: [QUERY_KEYS.country],
  province: [QUERY_KEYS.province],
  platforms: [QUERY_KEYS.platforms],
  ages: [QUERY_KEYS.ageMade, QUERY_KEYS.ageNow],
  consent: [QUERY_KEYS.consent],
  situation: [QUERY_KEYS.situation],
};

/** The questions this person is asked: the province only matters in Canada. */
export const questionsFor = (answers: Pick<Answers, 'country'>): QuestionId[] =>
  QUESTION_IDS.filter((id) => id !== 'province' || answers.country === 'ca');

/** The first question not answered yet, or undefined when every question has an answer. */
export const firstUnanswered = (
  answers: Pick<Answers, 'country'>,
  answered: readonly QuestionId[],
): QuestionId | undefined => questionsFor(answers).find((id) => !answered.includes(id));

export const nextQuestion = (current: QuestionId, answers: Pick<Answers, 'country'>): QuestionId | undefined => {
  const list = questionsFor(answers);
  return list[list.indexOf(current) + 1];
};

export const previousQuestion = (current: QuestionId, answers: Pick<Answers, 'country'>): QuestionId | undefined => {
  const list = questionsFor(answers);
  const index = list.indexOf(current);
  return index > 0 ? list[index - 1] : undefined;
};
