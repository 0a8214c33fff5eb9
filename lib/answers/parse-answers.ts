// Reads answers from a query string. Never throws: what is valid is kept, the rest is named in `unusable`.
import {
  AGE_MAX, PLATFORMS, SITUATIONS, ZAge, ZCountry, ZPlatform, ZProvince, ZReportDate,
  type Answers, type Platform, type Situation,
} from './schema';
import {CONSENT_CODES, QUERY_KEYS, SITUATION_CODES, codeToValue, type QueryKey} from './url-contract';
import type {QuestionId} from './questions';

/** A part of the link: one of the questions, or the date of the first report. */
export type AnswerField = QuestionId | 'reportedOn';

export type ParsedAnswers = {
  answers: Answers;
  /** Questions the link answers, including "I'd rather not say" (an empty value). */
  answered: QuestionId[];
  /** Parts of the link whose values could not be used, in whole or in part. */
  unusable: AnswerField[];
};

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

// Bounds keep a hostile link cheap to read: a real link has at most ~25 entries of a few characters.
const MAX_ENTRIES = 100;
const MAX_VALUE_LENGTH = 20;
const KNOWN_KEYS = new Set<string>(Object.values(QUERY_KEYS));

const collect = (query: QueryInput): {values: Map<QueryKey, string[]>; tooLong: Set<QueryKey>} => {
  const values = new Map<QueryKey, string[]>();
  const tooLong = new Set<QueryKey>();
  const entries: Iterable<[string, string | string[] | undefined]> =
    query instanceof URLSearchParams ? query.entries() : Object.entries(query);
  let count = 0;
  for (const [key, raw] of entries) {
    if (!KNOWN_KEYS.has(key)) continue;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    for (const value of list) {
      if (++count > MAX_ENTRIES) return {values, tooLong};
      if (typeof value !== 'string') continue;
      if (value.length > MAX_VALUE_LENGTH) {
        tooLong.add(key as QueryKey);
        continue;
      }
      const existing = values.get(key as QueryKey) ?? [];
      existing.push(value.trim());
      values.set(key as QueryKey, existing);
    }
  }
  return {values, tooLong};
};

type Single<T> = {present: false} | {present: true; value: T | undefined; bad: boolean};

/** One value expected: an empty value means "not said"; two different values are a contradiction. */
const readSingle = <T>(raw: string[] | undefined, read: (value: string) => T | undefined): Single<T> => {
  if (!raw || raw.length === 0) return {present: false};
  const distinct = [...new Set(raw)];
  if (distinct.length > 1) return {present: true, value: undefined, bad: true};
  const only = distinct[0] ?? '';
  if (only === '') return {present: true, value: undefined, bad: false};
  const value = read(only);
  return {present: true, value, bad: value === undefined};
};

const readAge = (value: string): number | undefined => {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const parsed = ZAge.safeParse(Number(value));
  return parsed.success && parsed.data <= AGE_MAX ? parsed.data : undefined;
};

const readMany = <T extends string>(raw: string[] | undefined, read: (value: string) => T | undefined, order: readonly T[]) => {
  const found = new Set<T>();
  let bad = false;
  for (const value of raw ?? []) {
    const parsed = read(value);
    if (parsed === undefined) bad = true;
    else found.add(parsed);
  }
  return {present: (raw ?? []).length > 0, values: order.filter((item) => found.has(item)), bad};
};

export const parseAnswers = (query: QueryInput): ParsedAnswers => {
  const {values, tooLong} = collect(query);
  const answers: Answers = {platforms: [], situation: []};
  const answered = new Set<QuestionId>();
  const unusable = new Set<AnswerField>();
  const note = (question: QuestionId, key: QueryKey, present: boolean, bad: boolean, usable: boolean) => {
    if (bad || tooLong.has(key)) unusable.add(question);
    if (present && usable) answered.add(question);
  };

  const country = readSingle(values.get('c'), (v) => ZCountry.safeParse(v).data);
  if (country.present) {
    answers.country = country.value;
    note('country', 'c', true, country.bad, country.value !== undefined);
  } else note('country', 'c', false, false, false);

  const province = readSingle(values.get('r'), (v) => ZProvince.safeParse(v).data);
  if (province.present && answers.country !== 'ca') unusable.add('province');
  else if (province.present) {
    answers.province = province.value;
    note('province', 'r', true, province.bad, !province.bad);
  } else note('province', 'r', false, false, false);

  const platforms = readMany<Platform>(values.get('p'), (v) => ZPlatform.safeParse(v).data, PLATFORMS);
  answers.platforms = platforms.values;
  note('platforms', 'p', platforms.present, platforms.bad, platforms.values.length > 0);

  const ageMade = readSingle(values.get('a'), readAge);
  const ageNow = readSingle(values.get('b'), readAge);
  if (ageMade.present && ageNow.present && ageMade.value !== undefined && ageNow.value !== undefined && ageNow.value < ageMade.value) {
    unusable.add('ages'); // a person cannot be younger now than when it was made
  } else {
    answers.ageMade = ageMade.present ? ageMade.value : undefined;
    answers.ageNow = ageNow.present ? ageNow.value : undefined;
    const present = ageMade.present || ageNow.present;
    const bad = (ageMade.present && ageMade.bad) || (ageNow.present && ageNow.bad);
    note('ages', 'a', present, bad, !bad);
    if (tooLong.has('b')) unusable.add('ages');
  }
  if (answers.ageMade === undefined) delete answers.ageMade;
  if (answers.ageNow === undefined) delete answers.ageNow;

  const consent = readSingle(values.get('k'), (v) => codeToValue(CONSENT_CODES, v));
  if (consent.present) {
    if (consent.value !== undefined) answers.consent = consent.value;
    note('consent', 'k', true, consent.bad, !consent.bad);
  } else note('consent', 'k', false, false, false);

  const situation = readMany<Situation>(values.get('u'), (v) => codeToValue(SITUATION_CODES, v), SITUATIONS);
  const contradictory = situation.values.includes('none') && situation.values.length > 1;
  answers.situation = contradictory ? situation.values.filter((s) => s !== 'none') : situation.values;
  note('situation', 'u', situation.present, situation.bad || contradictory, answers.situation.length > 0);

  const reportedOn = readSingle(values.get('d'), (v) => ZReportDate.safeParse(v).data);
  if (reportedOn.present && reportedOn.value !== undefined) answers.reportedOn = reportedOn.value;
  if ((reportedOn.present && reportedOn.bad) || tooLong.has('d')) unusable.add('reportedOn');

  if (answers.country === undefined) delete answers.country;
  if (answers.province === undefined) delete answers.province;
  return {answers, answered: [...answered], unusable: [...unusable]};
};
