// The "right now" column of the rule table: named personas, and what must hold for every combination of answers.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {factsFrom} from '@/lib/plan/facts';
import {NOW_LIMIT, nowActions, nowContacts} from '@/lib/plan/now';
import {buildPlan} from '@/lib/plan/build-plan';
import {loadContentLibrary} from '@/lib/content/load-content';
import {LOCALES} from '@/i18n/locales';
import {answerSpace} from '../../answer-space';

const now = (query: string) => nowActions(factsFrom(parseAnswers(new URLSearchParams(query)).answers));
const ids = (query: string) => now(query).map((action) => action.id);

describe('right now: named personas', () => {
  it.each([
    [
      'a French 14-year-old blackmailed on Instagram: do not pay, the 3018, note the links',
      'c=fr&p=instagram&a=14&b=14&k=2&u=2',
      ['dontPay', 'call3018', 'noteLinks'],
    ],
    [
      'an adult in France in danger: the emergency number first',
      'c=fr&p=instagram&a=30&b=30&k=1&u=1',
      ['emergency', 'reportPlatform', 'pointDeContact'],
    ],
    [
      'an adult in France, nothing urgent: the platform, Point de Contact, StopNCII',
      'c=fr&p=instagram&a=30&b=30&k=1&u=0',
      ['reportPlatform', 'pointDeContact', 'stopNcii'],
    ],
    [
      'an adult in France blackmailed: do not pay, 17Cyber, then the platform',
      'c=fr&p=x&a=25&b=25&k=2&u=2',
      ['dontPay', 'cyber17', 'reportPlatform'],
    ],
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
    ['an adult in Canada blackmailed for money', 'c=ca&r=bc&p=x&a=30&b=30&k=2&u=2', ['dontPay', 'antifraudCa', 'reportPlatform']],
    [
      'someone elsewhere threatened before anything is online, image made at 16',
      'c=other&p=not-online&a=16&b=17&k=2&u=2',
      ['dontPay', 'takeItDownEarly', 'noteLinks'],
    ],
    ['someone elsewhere, age unknown, on OnlyFans', 'c=other&p=onlyfans&k=1&u=0', ['reportPlatform', 'takeItDown']],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('names the platform it sends a person to report on', () => {
    expect(now('c=fr&p=tiktok&p=x&a=30&b=30&k=1&u=0')[0]).toMatchObject({
      id: 'reportPlatform',
      platform: 'x',
      tap: {kind: 'contact', contentId: 'platform-x'},
    });
  });
});

describe('right now: for every combination of answers', () => {
  const SPACE = answerSpace().map((query) => {
    const answers = parseAnswers(new URLSearchParams(query)).answers;
    return {query, facts: factsFrom(answers), actions: nowActions(factsFrom(answers)), plan: buildPlan(answers, '2026-11-27')};
  });

  it('gives at least one and at most three actions, each once, each with a reason', () => {
    for (const {query, actions} of SPACE) {
      expect(actions.length, query).toBeGreaterThan(0);
      expect(actions.length, query).toBeLessThanOrEqual(NOW_LIMIT);
      expect(new Set(actions.map((a) => a.id)).size, query).toBe(actions.length);
    }
  });

  it('puts the emergency number first for anyone in danger', () => {
    for (const {query, actions} of SPACE.filter(({facts}) => facts.danger)) expect(actions[0]!.id, query).toMatch(/^emergency/);
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
    const library = loadContentLibrary(join(process.cwd(), 'content'), locale);
    for (const {contentId, target} of nowContacts()) {
      const entry = library.get(contentId);
      expect(entry, `${locale}/${contentId}`).toBeDefined();
      if (target)
        expect([...entry!.phones.map((p) => p.number), ...entry!.links.map((l) => l.id)], `${locale}/${contentId} → ${target}`).toContain(target);
      else expect(entry!.phones.length + entry!.links.length, `${locale}/${contentId} has something to tap`).toBeGreaterThan(0);
    }
  });
});
