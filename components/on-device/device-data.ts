// The locale's static data for what the device draws (the plan, the questions, the texts and the letters): each
// file fetched once per page, the same file for every visitor (lib/views/plan-data.ts, lib/views/texts-data.ts),
// and the words over it, with the translator next-intl gives the server, over the same precompiled messages.
import {createTranslator} from 'next-intl';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toIsoDate} from '@/lib/dates';
import {planDataPath, type PlanData} from '@/lib/views/plan-data';
import type {TextSources} from '@/lib/views/report-texts';
import {textsDataPath, type TextsData} from '@/lib/views/texts-data';
import {ficheDataPath, type FicheData} from '@/lib/views/fiche-data';
import type {WordsFor} from '@/lib/views/words';
import {fetchOnce} from './fetch-once';

/** The answers a fragment carries ("#c=fr&p=x…", the URL contract's query written after `#`). */
export const fragmentAnswers = (hash: string) => parseAnswers(new URLSearchParams(hash.replace(/^#/, '')));

export const deviceData = (locale: string) => fetchOnce<PlanData>(planDataPath(locale));

export const deviceTextsData = (locale: string) => fetchOnce<TextsData>(textsDataPath(locale));

export const deviceFicheData = (locale: string) => fetchOnce<FicheData>(ficheDataPath(locale));

/** One translator per namespace, made once: a slow phone would otherwise make each again at every word. */
export const deviceWords = ({locale, messages}: {locale: string; messages: Record<string, unknown>}): WordsFor => {
  const made = new Map<string, unknown>();
  return async (namespace) => {
    if (!made.has(namespace))
      made.set(namespace, createTranslator({locale, messages: messages as never, namespace: namespace as never, timeZone: 'UTC'}));
    return made.get(namespace) as never;
  };
};

/** The texts' and letters' words on the device: the plan's and the texts' data, and English where the locale is not. */
export const deviceTextSources = (plan: PlanData, texts: TextsData): TextSources => {
  const local = deviceWords({locale: plan.locale, messages: {...plan.messages, ...texts.messages}});
  const english = texts.english ? deviceWords({locale: 'en', messages: texts.english}) : local;
  return {
    locale: plan.locale,
    wordsIn: (locale) => (locale === plan.locale ? local : english),
    policyIn: (locale, contentId) => (locale === plan.locale ? texts.policies : texts.englishPolicies)[contentId],
  };
};

/**
 * What the texts, the letters, the calendar file and the PDF are made from on the device: the answers after `#`,
 * the plan's and the texts' data, and today. Undefined when the fragment holds no answers.
 */
export const openCompanionFragment = async (locale: string, hash: string) => {
  const parsed = fragmentAnswers(hash);
  if (parsed.answered.length === 0) return undefined;
  const [plan, texts] = await Promise.all([deviceData(locale), deviceTextsData(locale)]);
  const sources = deviceTextSources(plan, texts);
  const state = {answers: parsed.answers, answered: parsed.answered};
  return {parsed, plan, sources, words: sources.wordsIn(locale), state, today: toIsoDate(new Date())};
};
