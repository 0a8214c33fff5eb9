// Message keys built at run time, written out as typed maps: the type check finds each key in the first locale's
// messages, and tests/unit/message-keys.test.ts checks that every value the code can meet has its key in every
// locale. Pure data, no framework: the tests read it directly.
import {
  CONSENTS,
  COUNTRIES,
  HELPERS,
  MADE_BY,
  PLATFORMS,
  PROVINCES,
  SITUATIONS,
  THREAT_CHANNELS,
  type Answers,
  type Country,
  type Platform,
} from '../answers/schema';
import type {ChoiceQuestionId} from '../answers/questions';
import type {NowId} from '../plan/now';

// Now
/** Each action's sentence: written out, so that the type check finds every key in the messages. */
export const NOW_TEXT = {
  emergency: 'emergency.text',
  dontPay: 'dontPay.text',
  call3018: 'call3018.text',
  cyber17: 'cyber17.text',
  cybertipThreats: 'cybertipThreats.text',
  antifraudCa: 'antifraudCa.text',
  takeItDownEarly: 'takeItDownEarly.text',
  stopNciiEarly: 'stopNciiEarly.text',
  adviceHere: 'adviceHere.text',
  threatsHelp: 'threatsHelp.text',
  noteLinks: 'noteLinks.text',
  keepEvidence: 'keepEvidence.text',
  reportPlatform: 'reportPlatform.text',
  pointDeContact: 'pointDeContact.text',
  cybertip: 'cybertip.text',
  bodyHere: 'bodyHere.text',
  takeItDown: 'takeItDown.text',
  stopNcii: 'stopNcii.text',
} as const satisfies Record<NowId, `${NowId}.text`>;

/** The tap's own label, for the actions that have one (the others show the number or the link's name). */
export const NOW_TAP = {
  dontPay: 'dontPay.tap',
  cyber17: 'cyber17.tap',
  cybertipThreats: 'cybertipThreats.tap',
  takeItDownEarly: 'takeItDownEarly.tap',
  stopNciiEarly: 'stopNciiEarly.tap',
  noteLinks: 'noteLinks.tap',
  keepEvidence: 'keepEvidence.tap',
  reportPlatform: 'reportPlatform.tap',
  pointDeContact: 'pointDeContact.tap',
  cybertip: 'cybertip.tap',
  takeItDown: 'takeItDown.tap',
  stopNcii: 'stopNcii.tap',
} as const satisfies Partial<Record<NowId, `${NowId}.tap`>>;
export const nowTapKey = (id: NowId): (typeof NOW_TAP)[keyof typeof NOW_TAP] | undefined =>
  (NOW_TAP as Partial<Record<NowId, (typeof NOW_TAP)[keyof typeof NOW_TAP]>>)[id];

// Questions
export const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);
export const isCountry = (value: string): value is Country => (COUNTRIES as readonly string[]).includes(value);

/** `question.value` for each value of a vocabulary: the keys of its labels, as literal types the type check verifies. */
const labelKeys = <Q extends string, V extends string>(question: Q, values: readonly V[]) =>
  Object.fromEntries(values.map((value) => [value, `${question}.${value}`])) as Record<V, `${Q}.${V}`>;

/** Every answer's label key, by question; platforms (and the platforms a threat can come from) are named by `Platforms`. */
export const ANSWER_KEYS = {
  who: labelKeys('who', HELPERS),
  country: labelKeys('country', COUNTRIES),
  province: labelKeys('province', PROVINCES),
  consent: labelKeys('consent', CONSENTS),
  situation: labelKeys('situation', SITUATIONS),
  threatChannel: labelKeys(
    'threatChannel',
    THREAT_CHANNELS.filter((value): value is Exclude<(typeof THREAT_CHANNELS)[number], Platform> => !isPlatform(value)),
  ),
  madeBy: labelKeys('madeBy', MADE_BY),
} as const satisfies Record<Exclude<ChoiceQuestionId, 'platforms'>, Record<string, string>>;
type AnswerKey = {[Q in keyof typeof ANSWER_KEYS]: (typeof ANSWER_KEYS)[Q][keyof (typeof ANSWER_KEYS)[Q]]}[keyof typeof ANSWER_KEYS];

/** "I'd rather not say", for the questions whose registry entry offers it. */
export const NOT_SAID_KEYS = {province: 'province.notSaid', consent: 'consent.notSaid', madeBy: 'madeBy.notSaid'} as const;
type NotSaidKey = (typeof NOT_SAID_KEYS)[keyof typeof NOT_SAID_KEYS];

/** The label key of a question's answer, or undefined when the value has none (a test checks every registry value has one). */
export const answerKey = (question: ChoiceQuestionId, value: string): AnswerKey | undefined =>
  question === 'platforms' ? undefined : (ANSWER_KEYS[question] as Record<string, AnswerKey | undefined>)[value];

export const notSaidKey = (question: ChoiceQuestionId): NotSaidKey | undefined =>
  (NOT_SAID_KEYS as Partial<Record<ChoiceQuestionId, NotSaidKey>>)[question];

// FollowUp
// The data protection authority and the digital services coordinator named for a country, "other" elsewhere:
// keys written out, so that the type check finds each one in the messages.
export const AUTHORITY_KEYS = {fr: 'authority.fr', be: 'authority.be', lu: 'authority.lu', gb: 'authority.gb', other: 'authority.other'} as const;
export const DSC_KEYS = {fr: 'dsc.fr', be: 'dsc.be', lu: 'dsc.lu', other: 'dsc.other'} as const;

const named = <K extends string, V>(table: Record<K | 'other', V>, country: Answers['country']): V =>
  country && country in table ? table[country as K] : table.other;

export const authorityKey = (country: Answers['country']) => named(AUTHORITY_KEYS, country);
export const dscKey = (country: Answers['country']) => named(DSC_KEYS, country);
