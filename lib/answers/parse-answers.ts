// Reads answers from a query string. Never throws: what is valid is kept, the rest is named in `unusable`.
import {ZReportDate, readAge, type Answers} from './schema';
import {QUERY_KEYS, SENT_ON_KEYS, type QueryKey, type SentOnKind} from './url-contract';
import {QUESTION_IDS, QUESTIONS, choiceFieldOf, fieldsOf, isChoiceQuestion, type ChoiceField, type QuestionId} from './questions';

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

type Collected = {values: Map<QueryKey, string[]>; tooLong: Set<QueryKey>};

const collect = (query: QueryInput): Collected => {
  const values = new Map<QueryKey, string[]>();
  const tooLong = new Set<QueryKey>();
  const entries: Iterable<[string, string | string[] | undefined]> = query instanceof URLSearchParams ? query.entries() : Object.entries(query);
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

/** What a link says for one field: nothing, or values (valid ones read, `bad` when some could not be). */
type Reading = {present: boolean; values: string[]; bad: boolean};

/** One value expected: an empty value means "not said"; two different values are a contradiction. */
const readSingle = (raw: string[] | undefined, read: (value: string) => string | undefined): Reading => {
  if (!raw || raw.length === 0) return {present: false, values: [], bad: false};
  const distinct = [...new Set(raw)];
  if (distinct.length > 1) return {present: true, values: [], bad: true};
  const only = distinct[0] ?? '';
  if (only === '') return {present: true, values: [], bad: false};
  const value = read(only);
  return {present: true, values: value === undefined ? [] : [value], bad: value === undefined};
};

/** Several values allowed: each is read on its own, kept once, in the vocabulary's order. */
const readMany = (raw: string[] | undefined, field: ChoiceField): Reading => {
  const found = new Set<string>();
  let bad = false;
  for (const code of raw ?? []) {
    const value = field.codec.value(code);
    if (value === undefined) bad = true;
    else found.add(value);
  }
  let values = field.codec.values.filter((value) => found.has(value));
  // "None of these" with another situation is a contradiction: keep the others.
  if (field.exclusive !== undefined && values.includes(field.exclusive) && values.length > 1) {
    values = values.filter((value) => value !== field.exclusive);
    bad = true;
  }
  return {present: (raw ?? []).length > 0, values, bad};
};

const readField = (field: ReturnType<typeof fieldsOf>[number], {values, tooLong}: Collected): Reading => {
  const raw = values.get(field.key);
  const reading =
    field.kind === 'age'
      ? readSingle(raw, (value) => readAge(value)?.toString())
      : field.multiple
        ? readMany(raw, field)
        : readSingle(raw, field.codec.value);
  // A value too long to read still says the question was tampered with.
  return tooLong.has(field.key) ? {...reading, present: true, bad: true} : reading;
};

const assign = (answers: Answers, id: QuestionId, readings: Reading[]) => {
  if (isChoiceQuestion(id)) {
    const field = choiceFieldOf(id);
    const values = readings[0]?.values ?? [];
    if (field.multiple) (answers as Record<string, unknown>)[id] = values;
    else if (values[0] !== undefined) (answers as Record<string, unknown>)[id] = values[0];
    return;
  }
  QUESTIONS.ages.field.forEach((field, index) => {
    const value = readings[index]?.values[0];
    if (value !== undefined) answers[field.prop] = Number(value);
  });
};

/** Answers that read well one by one but contradict each other. */
const contradicts = (id: QuestionId, answers: Answers): boolean =>
  id === 'ages' && answers.ageMade !== undefined && answers.ageNow !== undefined && answers.ageNow < answers.ageMade; // younger now than then

const clear = (answers: Answers, id: QuestionId) => {
  if (id === 'ages') {
    delete answers.ageMade;
    delete answers.ageNow;
  } else if (id === 'platforms' || id === 'situation') answers[id] = [];
  else delete answers[id];
};

export const parseAnswers = (query: QueryInput): ParsedAnswers => {
  const collected = collect(query);
  const answers: Answers = {platforms: [], situation: []};
  const answered: QuestionId[] = [];
  const unusable: AnswerField[] = [];

  // In order: whether a question is asked depends on the answers before it (the province on the country).
  for (const id of QUESTION_IDS) {
    const readings = fieldsOf(id).map((field) => readField(field, collected));
    const present = readings.some((reading) => reading.present);
    const bad = readings.some((reading) => reading.bad);
    if (!present) continue;
    if (!QUESTIONS[id].asked(answers)) {
      unusable.push(id); // a province outside Canada
      continue;
    }
    assign(answers, id, readings);
    if (contradicts(id, answers)) {
      clear(answers, id);
      unusable.push(id);
      continue;
    }
    if (bad) unusable.push(id);
    const hasValue = readings.some((reading) => reading.values.length > 0);
    if (QUESTIONS[id].notSaid ? !bad : hasValue) answered.push(id);
  }

  const readDate = (key: QueryKey) => {
    const reading = readSingle(collected.values.get(key), (value) => ZReportDate.safeParse(value).data);
    if ((reading.bad || collected.tooLong.has(key)) && !unusable.includes('reportedOn')) unusable.push('reportedOn');
    return reading.values[0];
  };
  const reportedOn = readDate(QUERY_KEYS.reportedOn);
  if (reportedOn !== undefined) answers.reportedOn = reportedOn;
  for (const [kind, key] of Object.entries(SENT_ON_KEYS) as [SentOnKind, QueryKey][]) {
    const day = readDate(key);
    if (day !== undefined) answers.sentOn = {...answers.sentOn, [kind]: day};
  }

  return {answers, answered, unusable};
};
