import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {ZAnswers, PLATFORMS} from '@/lib/answers/schema';
import {toQueryString} from '@/lib/answers/to-query';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));

describe('parseAnswers: the documented example', () => {
  it('reads every key of the URL contract', () => {
    const {answers, answered, unusable} = parse('c=fr&p=snapchat&p=x&a=15&b=16&k=2&u=2');
    expect(answers).toEqual({
      country: 'fr',
      platforms: ['x', 'snapchat'],
      ageMade: 15,
      ageNow: 16,
      consent: 'sent-privately',
      situation: ['threats'],
    });
    expect(answered.sort()).toEqual(['ages', 'consent', 'country', 'platforms', 'situation']);
    expect(unusable).toEqual([]);
  });

  it('reads the date of the first report', () => {
    expect(parse('c=fr&d=2026-11-20').answers).toMatchObject({country: 'fr', reportedOn: '2026-11-20'});
    expect(toQueryString(parse('c=fr&d=2026-11-20').answers)).toBe('c=fr&d=2026-11-20');
  });

  it('reads the day each notice was sent, and writes it back in a fixed order', () => {
    const {answers, unusable} = parse('dh=2026-11-02&c=fr&dg=2026-11-20&dc=2026-11-23&dt=2026-11-21');
    expect(answers.sentOn).toEqual({takeItDown: '2026-11-21', erasure: '2026-11-20', cnilMinor: '2026-11-23', platformDecision: '2026-11-02'});
    expect(unusable).toEqual([]);
    expect(toQueryString(answers)).toBe('c=fr&dt=2026-11-21&dg=2026-11-20&dc=2026-11-23&dh=2026-11-02');
    expect(parse('c=fr&dg=').answers.sentOn).toBeUndefined();
  });

  it('reads a Canadian province', () => {
    expect(parse('c=ca&r=qc').answers).toMatchObject({country: 'ca', province: 'qc'});
  });

  it('reads every platform and consent code', () => {
    const places = PLATFORMS.filter((p) => p !== 'not-online');
    expect(parse(places.map((p) => `p=${p}`).join('&')).answers.platforms).toEqual(places);
    expect(parse('p=not-online').answers.platforms).toEqual(['not-online']);
    expect(['1', '2', '3', '4'].map((k) => parse(`k=${k}`).answers.consent)).toEqual(['never-agreed', 'sent-privately', 'self-published', 'fake']);
  });
});

describe('parseAnswers: "I\'d rather not say"', () => {
  it('counts an empty value as answered but not said', () => {
    const {answers, answered, unusable} = parse('c=ca&r=&a=&b=&k=');
    expect(answers).toEqual({country: 'ca', platforms: [], situation: []});
    expect(answered.sort()).toEqual(['ages', 'consent', 'country', 'province']);
    expect(unusable).toEqual([]);
  });
});

describe('parseAnswers: tampered and contradictory links', () => {
  it.each([
    ['unknown platform, the rest kept', 'c=fr&p=myspace&p=x', {platforms: ['x']}, ['platforms']],
    ['age "abc"', 'c=fr&a=abc&b=16', {ageNow: 16}, ['ages']],
    ['age out of range', 'a=4&b=200', {}, ['ages']],
    ['age with decimals', 'a=15.5', {}, ['ages']],
    ['younger now than when made', 'a=30&b=20', {}, ['ages']],
    ['province outside Canada', 'c=fr&r=qc', {country: 'fr'}, ['province']],
    ['two countries', 'c=fr&c=ca', {}, ['country']],
    ['unknown country', 'c=de', {}, ['country']],
    ['unknown consent', 'k=9', {}, ['consent']],
    ['"none" with another situation', 'u=0&u=1', {situation: ['danger']}, ['situation']],
    ['"nothing online yet" with a place', 'p=not-online&p=x', {platforms: ['x']}, ['platforms']],
    ['an unknown helper code', 'w=9&c=fr', {country: 'fr'}, ['who']],
    ['unknown situation', 'u=7&u=2', {situation: ['threats']}, ['situation']],
    ['a 50 kB value', `c=${'x'.repeat(50_000)}&p=x`, {platforms: ['x']}, ['country']],
    ['a report date that is not a date', 'c=fr&d=2026-02-30', {country: 'fr'}, ['reportedOn']],
    ['a report date in another format', 'c=fr&d=24/11/2026', {country: 'fr'}, ['reportedOn']],
    ['a notice date that is not a date, twice', 'c=fr&dg=2026-13-01&dt=abc', {country: 'fr'}, ['reportedOn']],
    ['two different days for one notice', 'c=fr&dg=2026-11-01&dg=2026-11-02', {country: 'fr'}, ['reportedOn']],
  ])('%s', (_name, query, expected, unusable) => {
    const result = parse(query);
    expect(result.answers).toMatchObject(expected);
    expect(result.unusable.sort()).toEqual([...unusable].sort());
    expect(ZAnswers.safeParse(result.answers).success).toBe(true);
  });

  it('ignores keys it does not know, silently', () => {
    expect(parse('c=fr&utm_source=mail&e=1').unusable).toEqual([]);
  });

  it('keeps a repeated identical value once', () => {
    expect(parse('c=fr&c=fr&p=x&p=x').answers).toMatchObject({country: 'fr', platforms: ['x']});
  });

  it('reads plain objects the way Next.js hands them over', () => {
    expect(parseAnswers({c: 'fr', p: ['x', 'tiktok'], a: undefined}).answers).toEqual({
      country: 'fr',
      platforms: ['x', 'tiktok'],
      situation: [],
    });
  });
});

describe('parseAnswers: properties', () => {
  it('never throws and always returns valid answers, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (query) => {
        const result = parse(query);
        return ZAnswers.safeParse(result.answers).success;
      }),
      {numRuns: 2000},
    );
  });

  it('never throws on queries built from the contract keys with random values', () => {
    const entry = fc.tuple(fc.constantFrom('c', 'r', 'p', 'a', 'b', 'k', 'u', 'd', 'x'), fc.string({maxLength: 30}));
    fc.assert(
      fc.property(fc.array(entry, {maxLength: 60}), (entries) => {
        const result = parseAnswers(new URLSearchParams(entries));
        return ZAnswers.safeParse(result.answers).success;
      }),
      {numRuns: 2000},
    );
  });

  it('round-trips: writing answers and reading them back gives the same answers', () => {
    const validQuery = fc.record({
      c: fc.constantFrom('fr', 'ca', 'other'),
      r: fc.constantFrom('qc', 'bc', 'ns', 'mb', 'other', ''),
      p: fc.oneof(fc.subarray<string>(PLATFORMS.filter((p) => p !== 'not-online')), fc.constant<string[]>(['not-online'])),
      a: fc.integer({min: 5, max: 60}),
      extra: fc.integer({min: 0, max: 60}),
      k: fc.constantFrom('1', '2', '3', '4', ''),
      u: fc.constantFrom(['0'], ['1'], ['2', '3'], ['1', '2', '3']),
    });
    fc.assert(
      fc.property(validQuery, ({c, r, p, a, extra, k, u}) => {
        const entries: [string, string][] = [
          ['c', c],
          ['r', r],
          ...p.map((v): [string, string] => ['p', v]),
          ['a', String(a)],
          ['b', String(a + extra)],
          ['k', k],
          ...u.map((v): [string, string] => ['u', v]),
        ];
        const first = parseAnswers(new URLSearchParams(entries));
        const second = parse(toQueryString(first.answers, first.answered));
        expect(second.answers).toEqual(first.answers);
        expect(second.answered.sort()).toEqual(first.answered.sort());
        expect(first.unusable).toEqual(c === 'ca' ? [] : ['province']);
      }),
      {numRuns: 500},
    );
  });
});
