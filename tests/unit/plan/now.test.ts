// The "right now" column of the rule table: named personas, and what must hold for every combination of answers.
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {factsFrom} from '@/lib/plan/facts';
import {NOW_LIMIT, nowActions} from '@/lib/plan/now';
import {buildPlan} from '@/lib/plan/build-plan';
import {loadContentLibrary} from '@/lib/content/load-content';
import {LOCALES} from '@/i18n/locales';
import {answerSpace} from '../../answer-space';

// Each check below reads the whole answer space: a budget of its own, that holds on a busy machine.
vi.setConfig({testTimeout: 120_000});

const LIBRARIES = Object.fromEntries(LOCALES.map((locale) => [locale, loadContentLibrary(join(process.cwd(), 'content'), locale)]));
const CATALOGUE = LIBRARIES.fr!;
const now = (query: string) => nowActions(factsFrom(parseAnswers(new URLSearchParams(query)).answers), CATALOGUE);
const ids = (query: string) => now(query).map((action) => action.id);

describe('right now: named personas', () => {
  it.each([
    [
      'a French 14-year-old blackmailed on Instagram: do not pay, the 3018, note the links',
      'c=fr&p=instagram&a=14&b=14&k=2&u=2',
      ['dontPay', 'call3018', 'noteLinks'],
    ],
    [
      'an adult in France in danger: the emergency number first, then evidence before the report',
      'c=fr&p=instagram&a=30&b=30&k=1&u=1',
      ['emergency', 'keepEvidence', 'reportPlatform'],
    ],
    [
      'an adult in France, nothing urgent: evidence, the platform, Point de Contact',
      'c=fr&p=instagram&a=30&b=30&k=1&u=0',
      ['keepEvidence', 'reportPlatform', 'pointDeContact'],
    ],
    ['an adult in France blackmailed: do not pay, 17Cyber, evidence', 'c=fr&p=x&a=25&b=25&k=2&u=2', ['dontPay', 'cyber17', 'keepEvidence']],
    [
      'a parent in France whose 13-year-old is blackmailed and in danger',
      'w=2&c=fr&p=snapchat&a=13&b=13&k=2&u=2&u=1',
      ['emergency', 'dontPay', 'call3018'],
    ],
    [
      'a young person in Québec, ages not said, threatened and in danger',
      'c=ca&r=qc&p=tiktok&k=2&u=1&u=2',
      ['emergency', 'dontPay', 'cybertipThreats'],
    ],
    ['an adult in Canada blackmailed for money', 'c=ca&r=bc&p=x&a=30&b=30&k=2&u=2', ['dontPay', 'antifraudCa', 'keepEvidence']],
    [
      'a 17-year-old in Canada blackmailed: Cybertip.ca, never the Anti-Fraud Centre',
      'c=ca&r=on&p=snapchat&a=17&b=17&k=2&u=2',
      ['dontPay', 'cybertipThreats', 'noteLinks'],
    ],
    [
      'someone elsewhere threatened before anything is online, image made at 16',
      'c=other&p=not-online&a=16&b=17&k=2&u=2',
      ['dontPay', 'takeItDownEarly', 'noteLinks'],
    ],
    ['someone elsewhere, age unknown, on OnlyFans', 'c=other&p=onlyfans&k=1&u=0', ['noteLinks', 'reportPlatform', 'bodyHere']],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('names the platform it sends a person to report on', () => {
    expect(now('c=fr&p=tiktok&p=x&a=30&b=30&k=1&u=0')[1]).toMatchObject({
      id: 'reportPlatform',
      platform: 'x',
      tap: {kind: 'contact', contentId: 'platform-x'},
    });
  });
});

describe('right now: for every combination of answers', () => {
  const SPACE = answerSpace().map((query) => {
    const answers = parseAnswers(new URLSearchParams(query)).answers;
    return {query, facts: factsFrom(answers), actions: nowActions(factsFrom(answers), CATALOGUE), plan: buildPlan(answers, '2026-11-27', CATALOGUE)};
  });

  it('gives at least one and at most three actions, each once, each with a reason', () => {
    for (const {query, actions} of SPACE) {
      expect(actions.length, query).toBeGreaterThan(0);
      expect(actions.length, query).toBeLessThanOrEqual(NOW_LIMIT);
      expect(new Set(actions.map((a) => a.id)).size, query).toBe(actions.length);
    }
  });

  it('puts the emergency number first for anyone in danger', () => {
    for (const {query, actions} of SPACE.filter(({facts}) => facts.danger)) expect(actions[0]!.id, query).toBe('emergency');
    expect(SPACE.some(({facts}) => facts.danger)).toBe(true);
  });

  it('tells anyone blackmailed not to pay, before anything else but an emergency', () => {
    for (const {query, facts, actions} of SPACE.filter(({facts}) => facts.threatened)) {
      expect(actions.map((a) => a.id).slice(0, facts.danger ? 2 : 1), query).toContain('dontPay');
    }
  });

  it('sends a step tap only to a section the plan has', () => {
    for (const {query, actions, plan} of SPACE) {
      for (const action of actions)
        if (action.tap.kind === 'step')
          expect(
            plan.sections.map((s) => s.id),
            query,
          ).toContain(action.tap.section);
    }
  });

  it("never offers a minors' image service to someone whose image was made as an adult, nor StopNCII the other way", () => {
    for (const {query, facts, actions} of SPACE) {
      if (facts.madeUnder18 === 'no')
        expect(
          actions.map((a) => a.id),
          query,
        ).not.toContain('takeItDown');
      if (facts.madeUnder18 !== 'no')
        expect(
          actions.map((a) => a.id),
          query,
        ).not.toContain('stopNcii');
    }
  });

  it.each(LOCALES)('taps only numbers and links that the %s content library has, so every number is sourced', (locale) => {
    const library = LIBRARIES[locale]!;
    for (const {query, actions} of SPACE)
      for (const action of actions) {
        if (action.tap.kind !== 'contact') continue;
        const {contentId, target} = action.tap;
        const entry = library.get(contentId);
        expect(entry, `${query}: ${locale}/${contentId}`).toBeDefined();
        const found = target.kind === 'phone' ? entry!.phones.some((p) => p.number === target.number) : entry!.links.some((l) => l.id === target.id);
        expect(found, `${query}: ${locale}/${contentId} → ${JSON.stringify(target)}`).toBe(true);
      }
  });
});
