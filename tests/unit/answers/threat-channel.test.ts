// The threat comes first in the questions; where the threats come from is a question of its own, apart from
// where anything is published, and the URL contract gains a key for it (added, nothing renamed).
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {questionsFor, nextQuestion} from '@/lib/answers/questions';
import {toQueryString} from '@/lib/answers/to-query';
import {loadContentLibrary} from '@/lib/content/load-content';
import {buildPlan} from '@/lib/plan/build-plan';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));
const CATALOGUE = loadContentLibrary(join(process.cwd(), 'content'), 'fr');
const plan = (query: string) => buildPlan(parse(query).answers, '2026-12-06', CATALOGUE);
const items = (query: string) => plan(query).sections.flatMap((section) => section.items.map((item) => ({...item, section: section.id})));

describe('the order of the questions', () => {
  it('asks about danger and threats right after who and where, before the platforms and the ages', () => {
    expect(questionsFor({country: 'fr', situation: []})).toEqual(['who', 'country', 'situation', 'platforms', 'ages', 'consent']);
    expect(questionsFor({country: 'ca', situation: ['threats']})).toEqual([
      'who',
      'country',
      'province',
      'situation',
      'threatChannel',
      'platforms',
      'ages',
      'consent',
    ]);
    expect(nextQuestion('situation', {country: 'fr', situation: ['threats']})).toBe('threatChannel');
    expect(nextQuestion('situation', {country: 'fr', situation: ['danger']})).toBe('platforms');
  });
});

describe('where the threats come from: the key t', () => {
  it('is read only when someone threatens, and written after the situation: old links keep their order', () => {
    expect(parse('c=fr&u=2&t=snapchat&t=game').answers.threatChannel).toEqual(['snapchat', 'game']);
    expect(toQueryString(parse('t=game&u=2&c=fr&p=not-online').answers)).toBe('c=fr&p=not-online&u=2&t=game');
    expect(toQueryString(parse('c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2').answers)).toBe('c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2');
    const withoutThreat = parse('c=fr&u=1&t=snapchat');
    expect(withoutThreat.answers.threatChannel).toBeUndefined();
    expect(withoutThreat.unusable).toContain('threatChannel');
  });

  it('puts the report of the account where the threats come from under the threats, apart from anything published', () => {
    const threatened = items('c=fr&p=not-online&a=14&b=14&k=2&u=2&t=snapchat');
    expect(threatened.find((item) => item.contentId === 'platform-snapchat')).toMatchObject({section: 'threats', reasons: ['threatChannelHere']});
    expect(threatened.map((item) => item.contentId)).not.toContain('host-notice');
    const game = items('c=be&p=not-online&a=16&b=16&k=2&u=2&t=game&t=sms');
    expect(game.find((item) => item.contentId === 'threat-channel-other')?.section).toBe('threats');
    // Published where the threats come from: one step, in the report section.
    const both = items('c=fr&p=snapchat&a=14&b=14&k=2&u=2&t=snapchat');
    expect(both.filter((item) => item.contentId === 'platform-snapchat').map((item) => item.section)).toEqual(['report']);
    // "I don't know" names no place to report.
    expect(items('c=fr&p=not-online&a=14&b=14&u=2&t=unknown').some((item) => item.contentId === 'threat-channel-other')).toBe(false);
  });
});
