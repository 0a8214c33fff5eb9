// Every message key the code builds at run time exists in every locale: the typed maps of lib/views/message-keys
// cover every value the registries can produce, and the lines of the texts and letters (lib/report) name keys of
// their namespace, over a sample of the answer space that meets every line.
import {describe, expect, it} from 'vitest';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {
  ANSWER_KEYS,
  AUTHORITY_KEYS,
  DSC_KEYS,
  NOT_SAID_KEYS,
  NOW_TAP,
  NOW_TEXT,
  answerKey,
  isPlatform,
  notSaidKey,
  nowTapKey,
} from '@/lib/views/message-keys';
import {NOW_IDS, NOW_RULES} from '@/lib/plan/now';
import {QUESTIONS, choiceFieldOf, isChoiceQuestion, QUESTION_IDS} from '@/lib/answers/questions';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {NOTICE_KINDS, NOTICE_NAMESPACES, noticeLines} from '@/lib/report/notices';
import {reportTextLines} from '@/lib/report/report-text';
import {AGE_QUERIES, CONSENT_QUERIES, MADE_BY_QUERIES, PLACE_QUERIES, SITUATION_QUERIES, VOICE_QUERIES} from '../answer-space';

const LOCALES = Object.entries(ALL_MESSAGES);

/** Whether a catalogue holds a message at `namespace.key` (a dotted path). */
const has = (messages: unknown, namespace: string, key: string): boolean => {
  const value = `${namespace}.${key}`
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === 'string';
};
const missingIn = (namespace: string, keys: readonly string[]) =>
  LOCALES.flatMap(([locale, messages]) => keys.filter((key) => !has(messages, namespace, key)).map((key) => `${locale}: ${namespace}.${key}`));

describe('message keys built at run time', () => {
  it('"right now": every action has its sentence, and every action that opens a step its tap, in every locale', () => {
    expect(Object.keys(NOW_TEXT).sort()).toEqual([...NOW_IDS].sort());
    const stepIds = NOW_RULES.flatMap((rule) => ('step' in rule ? [rule.step.id] : []));
    expect(stepIds.filter((id) => nowTapKey(id) === undefined)).toEqual([]);
    expect(missingIn('Now', [...Object.values(NOW_TEXT), ...Object.values(NOW_TAP), 'reportPlatform.tapSite'])).toEqual([]);
  });

  it('every answer the registry can hold has its label, and "I would rather not say" where the registry offers it', () => {
    const keys: string[] = [];
    const unlabelled: string[] = [];
    for (const id of QUESTION_IDS) {
      if (!isChoiceQuestion(id) || id === 'platforms') continue;
      for (const value of choiceFieldOf(id).codec.values) {
        if (id === 'threatChannel' && isPlatform(value)) continue; // named by Platforms
        const key = answerKey(id, value);
        if (key) keys.push(key);
        else unlabelled.push(`${id}.${value}`);
      }
      if (QUESTIONS[id].notSaid) {
        const key = notSaidKey(id);
        if (key) keys.push(key);
        else unlabelled.push(`${id}.notSaid`);
      }
    }
    expect(unlabelled).toEqual([]);
    expect(missingIn('Questions', keys)).toEqual([]);
    expect(
      missingIn('Questions', [...Object.values(ANSWER_KEYS).flatMap((labels) => Object.values(labels)), ...Object.values(NOT_SAID_KEYS)]),
    ).toEqual([]);
    expect(missingIn('Platforms', choiceFieldOf('platforms').codec.values)).toEqual([]);
    expect(missingIn('Countries', choiceFieldOf('country').codec.values)).toEqual([]);
  });

  it('the data protection authority and the coordinator are named for every place', () => {
    expect(missingIn('FollowUp', [...Object.values(AUTHORITY_KEYS), ...Object.values(DSC_KEYS)])).toEqual([]);
  });

  it('every line of every text and letter names a key of its namespace, in every locale', () => {
    const queries = [
      ...PLACE_QUERIES.flatMap((place) => VOICE_QUERIES.map((voice) => `${place}&p=x&p=snapchat&${voice}`)),
      ...AGE_QUERIES.flatMap((ages) => CONSENT_QUERIES.map((consent) => `c=fr&p=x&${ages}&${consent}`)),
      ...SITUATION_QUERIES.flatMap((situation) => MADE_BY_QUERIES.map((madeBy) => `c=us&p=reddit&a=20&b=21&${situation}&${madeBy}`)),
    ];
    const missing = new Set<string>();
    for (const query of queries) {
      const {answers} = parseAnswers(new URLSearchParams(query));
      for (const [namespace, lines] of [
        ['ReportText', reportTextLines(answers, 'a rule')],
        ...NOTICE_KINDS.map((kind) => [NOTICE_NAMESPACES[kind], noticeLines(kind, answers, '6 December 2026')] as const),
      ] as const) {
        for (const key of missingIn(
          namespace,
          lines.map((line) => line.key),
        ))
          missing.add(key);
      }
    }
    expect(queries.length).toBeGreaterThan(300);
    expect([...missing]).toEqual([]);
  });
});
