// The registry of questions: the one home of each question's URL keys, answer codes, visibility and order.
// The URL parser, the query writer, the form schemas, the question pages and the check page all loop over it:
// adding an answer code is one entry in schema.ts (its vocabulary) plus its messages and content.
import {
  CONSENTS,
  COUNTRIES,
  HELPERS,
  MADE_BY,
  PLATFORMS,
  PROVINCES,
  SITUATIONS,
  type Answers,
  type Consent,
  type Country,
  type Helper,
  type MadeBy,
  type Platform,
  type Province,
  type Situation,
  type ThreatChannel,
  THREAT_CHANNELS,
} from './schema';
import {CONSENT_CODES, HELPER_CODES, MADE_BY_CODES, QUERY_KEYS, SITUATION_CODES, type QueryKey} from './url-contract';

/** How one answer value is written in the URL: its code. */
export type Codec<V extends string> = {values: readonly V[]; code: (value: V) => string; value: (code: string) => V | undefined};

const plainCodes = <V extends string>(values: readonly V[]): Codec<V> => ({
  values,
  code: (value) => value,
  value: (code) => values.find((value) => value === code),
});

const numberedCodes = <V extends string>(values: readonly V[], codes: Record<V, string>): Codec<V> => ({
  values,
  code: (value) => codes[value],
  value: (code) => values.find((value) => codes[value] === code),
});

/** One choice among several (radios), or several at once (checkboxes). */
export type ChoiceField<V extends string = string> = {
  kind: 'choice';
  key: QueryKey;
  multiple: boolean;
  codec: Codec<V>;
  /** The Questions.errors message key shown when nothing valid is chosen. */
  error:
    | 'chooseWho'
    | 'chooseCountry'
    | 'chooseProvince'
    | 'choosePlatform'
    | 'chooseConsent'
    | 'chooseSituation'
    | 'chooseThreatChannel'
    | 'chooseMadeBy';
  /** Checkboxes: the value that excludes every other ("none of these"), and the error if both are ticked. */
  exclusive?: V;
  exclusiveError?: 'noneAlone' | 'notOnlineAlone';
  /** Where "I'm not sure / I'd rather not say" options start in the list. */
  dividerBefore?: V;
};

/** A whole number of years, typed in. */
export type AgeField = {kind: 'age'; key: QueryKey; prop: 'ageMade' | 'ageNow'};

type Choices = {
  who: ChoiceField<Helper>;
  country: ChoiceField<Country>;
  province: ChoiceField<Province>;
  platforms: ChoiceField<Platform>;
  consent: ChoiceField<Consent>;
  situation: ChoiceField<Situation>;
  threatChannel: ChoiceField<ThreatChannel>;
  madeBy: ChoiceField<MadeBy>;
};

export type QuestionDefinition<F> = {
  field: F;
  /** An empty answer ("I'd rather not say") counts as an answer. */
  notSaid: boolean;
  /** Whether this person is asked the question, from the answers given before it. */
  asked: (answers: AskedFrom) => boolean;
  /** A question with a default never counts as missing: links made before it existed keep working. */
  optional?: boolean;
};

/**
 * What decides which questions a person is asked: their country (the province), their situation (where threats
 * come from), where the content is and the age in it (who made it).
 */
export type AskedFrom = Pick<Answers, 'country'> & Partial<Pick<Answers, 'situation' | 'platforms' | 'ageMade' | 'ageNow'>>;

/**
 * Who made the image changes the route only for an image online, made at 18 or over: its maker can send a
 * copyright notice. Under 18 (or when the age in the image is not known) other routes are stronger and safer.
 */
export const madeByMatters = (answers: AskedFrom): boolean => {
  const online = (answers.platforms ?? []).some((platform) => platform !== 'not-online');
  return online && answers.ageMade !== undefined && answers.ageMade >= 18;
};

const always = () => true;

const CHOICE_QUESTIONS: {[Q in keyof Choices]: QuestionDefinition<Choices[Q]>} = {
  who: {
    field: {kind: 'choice', key: QUERY_KEYS.who, multiple: false, codec: numberedCodes(HELPERS, HELPER_CODES), error: 'chooseWho'},
    notSaid: false,
    asked: always,
    optional: true,
  },
  country: {
    field: {kind: 'choice', key: QUERY_KEYS.country, multiple: false, codec: plainCodes(COUNTRIES), error: 'chooseCountry'},
    notSaid: false,
    asked: always,
  },
  province: {
    field: {kind: 'choice', key: QUERY_KEYS.province, multiple: false, codec: plainCodes(PROVINCES), error: 'chooseProvince'},
    notSaid: true,
    asked: (answers) => answers.country === 'ca', // only matters in Canada
  },
  platforms: {
    field: {
      kind: 'choice',
      key: QUERY_KEYS.platforms,
      multiple: true,
      codec: plainCodes(PLATFORMS),
      error: 'choosePlatform',
      dividerBefore: 'unknown',
      exclusive: 'not-online',
      exclusiveError: 'notOnlineAlone',
    },
    notSaid: false,
    asked: always,
  },
  consent: {
    field: {kind: 'choice', key: QUERY_KEYS.consent, multiple: false, codec: numberedCodes(CONSENTS, CONSENT_CODES), error: 'chooseConsent'},
    notSaid: true,
    asked: always,
  },
  situation: {
    field: {
      kind: 'choice',
      key: QUERY_KEYS.situation,
      multiple: true,
      codec: numberedCodes(SITUATIONS, SITUATION_CODES),
      error: 'chooseSituation',
      exclusive: 'none',
      dividerBefore: 'none',
    },
    notSaid: false,
    asked: always,
  },
  threatChannel: {
    field: {
      kind: 'choice',
      key: QUERY_KEYS.threatChannel,
      multiple: true,
      codec: plainCodes(THREAT_CHANNELS),
      error: 'chooseThreatChannel',
      dividerBefore: 'unknown',
    },
    notSaid: false,
    // Only someone threatened is asked where the threats come from; links made before it existed keep working.
    asked: (answers) => answers.situation?.includes('threats') === true,
    optional: true,
  },
  madeBy: {
    field: {
      kind: 'choice',
      key: QUERY_KEYS.madeBy,
      multiple: false,
      codec: numberedCodes(MADE_BY, MADE_BY_CODES),
      error: 'chooseMadeBy',
    },
    notSaid: true,
    asked: madeByMatters,
    // Links made before it existed keep working: not knowing who made it only leaves the copyright notice out.
    optional: true,
  },
};

const AGES: QuestionDefinition<readonly [AgeField, AgeField]> = {
  field: [
    {kind: 'age', key: QUERY_KEYS.ageMade, prop: 'ageMade'},
    {kind: 'age', key: QUERY_KEYS.ageNow, prop: 'ageNow'},
  ],
  notSaid: true,
  asked: always,
};

/** The questions, in the order of the URL contract (links write their answers in this order). */
export const QUESTION_IDS = ['who', 'country', 'province', 'platforms', 'ages', 'consent', 'situation', 'threatChannel', 'madeBy'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * The order they are asked in: who fills in and where they live, then danger and threats (someone blackmailed
 * must reach "don't pay" fast) and where the threats come from, then where anything is published, the ages, consent,
 * and who made the image where that changes the route.
 */
export const ASKING_ORDER = [
  'who',
  'country',
  'province',
  'situation',
  'threatChannel',
  'platforms',
  'ages',
  'consent',
  'madeBy',
] as const satisfies readonly QuestionId[];
export type ChoiceQuestionId = keyof Choices;

export const QUESTIONS = {...CHOICE_QUESTIONS, ages: AGES} as const;

export const isChoiceQuestion = (id: QuestionId): id is ChoiceQuestionId => id !== 'ages';

/** A choice question's field, with its values seen as plain strings (codes are checked on the way in). */
export const choiceFieldOf = (id: ChoiceQuestionId): ChoiceField => QUESTIONS[id].field as unknown as ChoiceField;

/** The fields of a question, as a list (the ages question has two). */
export const fieldsOf = (id: QuestionId): readonly (ChoiceField | AgeField)[] => (isChoiceQuestion(id) ? [choiceFieldOf(id)] : QUESTIONS.ages.field);

/** The questions this person is asked, in the order they are asked. */
export const questionsFor = (answers: AskedFrom): QuestionId[] => ASKING_ORDER.filter((id) => QUESTIONS[id].asked(answers));

/** The first question not answered yet, or undefined when every question has an answer. */
export const firstUnanswered = (answers: AskedFrom, answered: readonly QuestionId[]): QuestionId | undefined =>
  questionsFor(answers).find((id) => !answered.includes(id) && !QUESTIONS[id].optional);

/** The questions still to answer for a complete plan (those with a default are never missing). */
export const missingQuestions = (answers: AskedFrom, answered: readonly QuestionId[]): QuestionId[] =>
  questionsFor(answers).filter((id) => !answered.includes(id) && !QUESTIONS[id].optional);

export const nextQuestion = (current: QuestionId, answers: AskedFrom): QuestionId | undefined => {
  const list = questionsFor(answers);
  return list[list.indexOf(current) + 1];
};

export const previousQuestion = (current: QuestionId, answers: AskedFrom): QuestionId | undefined => {
  const list = questionsFor(answers);
  const index = list.indexOf(current);
  return index > 0 ? list[index - 1] : undefined;
};

/** The values a choice question holds in the answers, as a list (empty when not given). */
export const chosenValues = (id: ChoiceQuestionId, answers: Answers): string[] => {
  const value = answers[id];
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value];
};
