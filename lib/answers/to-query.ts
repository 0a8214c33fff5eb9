// Writes answers back into the URL contract, in a fixed key order, so equal answers give equal links.
import type {Answers} from './schema';
import {CONSENT_CODES, QUERY_KEYS, SITUATION_CODES} from './url-contract';
import type {QuestionId} from './questions';

export type QueryEntry = [key: string, value: string];

/**
 * `answered` lists questions answered with "I'd rather not say": they are written as an empty value
 * (`k=`) so the questions are not asked again. `omit` leaves one question out (the one on screen).
 */
export const toQueryEntries = (
  answers: Answers,
  answered: readonly QuestionId[] = [],
  omit?: QuestionId,
): QueryEntry[] => {
  const entries: QueryEntry[] = [];
  const include = (question: QuestionId, hasValue: boolean) =>
    question !== omit && (hasValue || answered.includes(question));
  if (include('country', answers.country !== undefined)) entries.push([QUERY_KEYS.country, answers.country ?? '']);
  if (answers.country === 'ca' && include('province', answers.province !== undefined)) {
    entries.push([QUERY_KEYS.province, answers.province ?? '']);
  }
  if (include('platforms', answers.platforms.length > 0)) {
    for (const platform of answers.platforms) entries.push([QUERY_KEYS.platforms, platform]);
  }
  if (include('ages', answers.ageMade !== undefined || answers.ageNow !== undefined)) {
    entries.push([QUERY_KEYS.ageMade, answers.ageMade?.toString() ?? '']);
    entries.push([QUERY_KEYS.ageNow, answers.ageNow?.toString() ?? '']);
  }
  if (include('consent', answers.consent !== undefined)) {
    entries.push([QUERY_KEYS.consent, answers.consent ? CONSENT_CODES[answers.consent] : '']);
  }
  if (include('situation', answers.situation.length > 0)) {
    for (const situation of answers.situation) entries.push([QUERY_KEYS.situation, SITUATION_CODES[situation]]);
  }
  if (answers.reportedOn) entries.push([QUERY_KEYS.reportedOn, answers.reportedOn]);
  return entries;
};

export const toQueryString = (...args: Parameters<typeof toQueryEntries>): string =>
  new URLSearchParams(toQueryEntries(...args)).toString();

/** `?query` or an empty string, ready to append to a path. */
export const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);
