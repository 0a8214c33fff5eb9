// What each question shows: its options and labels, built on the server from the messages.
import type {useTranslations} from 'next-intl';
import {PLATFORMS, CONSENTS, type Answers} from '@/lib/answers/schema';
import {CONSENT_CODES, SITUATION_CODES} from '@/lib/answers/url-contract';
import type {QuestionId} from '@/lib/answers/questions';

export type Option = {value: string; label: string; exclusive?: boolean; dividerBefore?: string};
export type FieldView =
  | {kind: 'radios' | 'checkboxes'; name: string; options: Option[]}
  | {kind: 'ages'; inputs: {name: string; label: string; suffix: string}[]};

type T = ReturnType<typeof useTranslations<'Questions'>>;
type PlatformT = ReturnType<typeof useTranslations<'Platforms'>>;

export const fieldView = (question: QuestionId, t: T, platformName: PlatformT): FieldView => {
  const or = t('notSure');
  switch (question) {
    case 'country':
      return {kind: 'radios', name: 'c', options: (['fr', 'ca', 'other'] as const).map((value) => ({value, label: t(`country.${value}`)}))};
    case 'province':
      return {
        kind: 'radios',
        name: 'r',
        options: [
          ...(['qc', 'bc', 'ns', 'mb', 'other'] as const).map((value) => ({value, label: t(`province.${value}`)})),
          {value: '', label: t('province.notSaid'), dividerBefore: or},
        ],
      };
    case 'platforms':
      return {
        kind: 'checkboxes',
        name: 'p',
        options: PLATFORMS.map((value) => ({
          value,
          label: platformName(value),
          ...(value === 'unknown' ? {dividerBefore: or} : {}),
        })),
      };
    case 'ages':
      return {
        kind: 'ages',
        inputs: [
          {name: 'a', label: t('ages.ageMade'), suffix: t('ages.years')},
          {name: 'b', label: t('ages.ageNow'), suffix: t('ages.years')},
        ],
      };
    case 'consent':
      return {
        kind: 'radios',
        name: 'k',
        options: [
          ...CONSENTS.map((consent) => ({value: CONSENT_CODES[consent], label: t(`consent.${consent}`)})),
          {value: '', label: t('consent.notSaid'), dividerBefore: or},
        ],
      };
    case 'situation':
      return {
        kind: 'checkboxes',
        name: 'u',
        options: [
          ...(['danger', 'threats', 'spreading'] as const).map((s) => ({value: SITUATION_CODES[s], label: t(`situation.${s}`)})),
          {value: SITUATION_CODES.none, label: t('situation.none'), exclusive: true, dividerBefore: or},
        ],
      };
  }
};

/** The form's starting values: what the link already says for this question. */
export const defaultValues = (question: QuestionId, answers: Answers, answered: readonly QuestionId[]): Record<string, string | string[]> => {
  const notSaid = answered.includes(question) ? '' : undefined;
  const values: Record<string, string | string[] | undefined> = {
    country: {c: answers.country ?? ''},
    province: {r: answers.province ?? notSaid},
    platforms: {p: [...answers.platforms]},
    ages: {a: answers.ageMade?.toString() ?? '', b: answers.ageNow?.toString() ?? ''},
    consent: {k: answers.consent ? CONSENT_CODES[answers.consent] : notSaid},
    situation: {u: answers.situation.map((s) => SITUATION_CODES[s])},
  }[question];
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
};
