import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fragmentFormOf} from '@/lib/answers/fragment-form';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {QUESTION_IDS} from '@/lib/answers/questions';
import {COUNTRIES, PLATFORMS, PROVINCES} from '@/lib/answers/schema';
import {QUERY_KEYS} from '@/lib/answers/url-contract';
import {linksFor, type AnswerState} from '@/lib/links';
import {LOCALES} from '@/i18n/locales';
import {LARGEST_PLAN, TYPICAL_PLAN} from '../../sample-plans';

const ORIGIN = 'https://recours.example';
const at = (address: string) => new URL(address, ORIGIN);
const fragmentForm = (address: string) => fragmentFormOf(at(address))?.href ?? null;

// Queries a person's links can hold: every key of the contract, with good and bad values.
const entry = fc.oneof(
  fc.constantFrom(...COUNTRIES).map((code) => [QUERY_KEYS.country, code]),
  fc.constantFrom(...PROVINCES).map((code) => [QUERY_KEYS.province, code]),
  fc.constantFrom(...PLATFORMS).map((code) => [QUERY_KEYS.platforms, code]),
  fc.constantFrom(...PLATFORMS).map((code) => [QUERY_KEYS.threatChannel, code]),
  fc.integer({min: 0, max: 130}).map((age) => [QUERY_KEYS.ageMade, String(age)]),
  fc.integer({min: 0, max: 130}).map((age) => [QUERY_KEYS.ageNow, String(age)]),
  fc.constantFrom('1', '2', '3', '4', '', 'x').map((code) => [QUERY_KEYS.consent, code]),
  fc.constantFrom('0', '1', '2', '3', '').map((code) => [QUERY_KEYS.situation, code]),
  fc.constantFrom('1', '2', '3').map((code) => [QUERY_KEYS.who, code]),
  fc.constantFrom('0', '1', '2').map((code) => [QUERY_KEYS.madeBy, code]),
  fc.constantFrom('2026-11-02', '2026-13-40').map((day) => [QUERY_KEYS.reportedOn, day]),
);
const state = fc.array(entry, {minLength: 1, maxLength: 12}).map((entries): AnswerState => {
  const {answers, answered} = parseAnswers(new URLSearchParams(entries));
  return {answers, answered};
});
const part = fc.option(fc.constantFrom('text-x', 'letter-take-it-down', 'follow-up'), {nil: undefined});

describe('the fragment form of a query-form address', () => {
  it('is, for every link the server draws, the link the device draws for the same answers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), state, part, fc.boolean(), (locale, answers, anchor, editing) => {
        const links = linksFor(locale);
        if (answers.answered.length === 0) return;
        expect(fragmentForm(links.plan(answers, anchor))).toBe(at(links.planOnDevice(answers, anchor)).href);
        for (const page of ['texts', 'notice'] as const)
          expect(fragmentForm(links.planFile(page, answers, anchor))).toBe(at(links.planPageOnDevice(page, answers, anchor)).href);
        expect(fragmentForm(links.check(answers))).toBe(at(links.stepOnDevice('check', answers)).href);
        for (const id of QUESTION_IDS)
          expect(fragmentForm(links.question(id, answers, {editing}))).toBe(at(links.stepOnDevice(id, answers, {editing})).href);
      }),
      {numRuns: 300},
    );
  });

  it.each([TYPICAL_PLAN, LARGEST_PLAN])('keeps every entry of %s, in order, and the origin', (query) => {
    expect(fragmentForm(`/fr/plan?${query}`)).toBe(`${ORIGIN}/fr/plan#${query}`);
    expect(fragmentForm(`/en/plan/texts?${query}#text-x`)).toBe(`${ORIGIN}/en/plan/texts#${query}&to=text-x`);
    expect(fragmentForm(`/fr/check?${query}`)).toBe(`${ORIGIN}/fr/questions#q=check&${query}`);
  });

  it('reads the path as it means, whatever its spelling', () => {
    expect(fragmentForm('/fr/%70lan?c=fr')).toBe(`${ORIGIN}/fr/plan#c=fr`);
    expect(fragmentForm('/fr//questions/ages/?c=fr&a=15')).toBe(`${ORIGIN}/fr/questions#q=ages&c=fr&a=15`);
  });

  it('keeps one step and one part: a step or a part in the query is not the one the address names', () => {
    expect(fragmentForm('/fr/questions/ages?q=plan&c=fr')).toBe(`${ORIGIN}/fr/questions#q=ages&c=fr`);
    expect(fragmentForm('/fr/plan?to=elsewhere&c=fr#follow-up')).toBe(`${ORIGIN}/fr/plan#c=fr&to=follow-up`);
  });

  it.each([
    ['a page with no answers', '/fr/plan'],
    ['an empty query', '/fr/check?'],
    ['the PDF, made by the server', '/fr/plan/pdf?c=fr&p=x'],
    ['the calendar file', '/fr/plan/reminders.ics?c=fr&d=2026-11-02'],
    ['a question form sent to the server', '/fr/questions/ages?c=fr&a=15&b=16&s=1'],
    ['a page that carries no answers', '/fr/guides/snapchat?p=snapchat'],
    ['an unknown locale', '/de/plan?c=fr'],
    ['a path that cannot be read', '/fr/pl%an?c=fr'],
    ['the device address already', '/fr/plan#c=fr'],
  ])('is none for %s', (_, address) => {
    expect(fragmentForm(address)).toBeNull();
  });
});
