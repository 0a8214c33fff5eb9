import {describe, expect, it} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryString} from '@/lib/answers/to-query';
import {factsFrom} from '@/lib/plan/facts';
import {CLOCKS, clocksFor, nextWorkingDay, readClocks} from '@/lib/plan/clocks';

const facts = (query: string) => factsFrom(parseAnswers(new URLSearchParams(query)).answers);

describe("each clock counts its law's period", () => {
  it.each([
    // TAKE IT DOWN Act: 48 hours from receipt; with only the day known, from the end of the second day after.
    ['takeItDown', '2026-12-30', '2027-01-02'],
    ['takeItDown', '2028-02-27', '2028-03-01'], // across a leap day
    ['takeItDown', '2027-02-27', '2027-03-02'],
    // GDPR: one month, the last day of a shorter month, and a weekend moves to the Monday; the month ends at
    // the end of its last day, so the next step applies from the day after (Regulation 1182/71, art. 3(2)(c)).
    ['erasure', '2026-10-31', '2026-12-01'], // the audit's case: 30 Nov is the last day, not the first day to complain
    ['erasure', '2027-01-31', '2027-03-02'], // 28 Feb 2027 is a Sunday → Monday 1 March is the last day
    ['erasure', '2028-01-31', '2028-03-01'], // leap year: Tuesday 29 Feb is the last day
    ['erasure', '2026-11-27', '2026-12-29'], // 27 Dec 2026 is a Sunday → Monday 28 Dec is the last day
    ['erasure', '2026-12-15', '2027-01-16'],
    // CNIL, data collected from a minor: three weeks from the complaint.
    ['cnilMinor', '2026-12-20', '2027-01-10'],
    // DSA art. 20: at least six months after the platform's decision.
    ['platformDecision', '2026-08-31', '2027-02-28'],
    ['platformDecision', '2027-08-31', '2028-02-29'],
    // The first report: a week to look for an answer.
    ['report', '2026-12-28', '2027-01-04'],
  ] as const)('%s sent on %s: next step from %s', (id, sentOn, dueOn) => {
    expect(CLOCKS[id].due(sentOn)).toBe(dueOn);
  });

  it('moves only Saturdays and Sundays', () => {
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-29')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-27');
  });
});

describe('which clocks a plan has', () => {
  it.each([
    ['a person in the US', 'c=us&p=x&a=20&b=20', ['report', 'takeItDown']],
    ['a person in France, image made at 15', 'c=fr&p=x&a=15&b=20', ['report', 'erasure', 'cnilMinor', 'platformDecision']],
    ['a person in France, adult', 'c=fr&p=x&a=25&b=25', ['report', 'erasure', 'platformDecision']],
    ['a person in Belgium', 'c=be&p=x&a=25&b=25', ['report', 'erasure', 'platformDecision']],
    ['a person in the UK', 'c=gb&p=x&a=25&b=25', ['report', 'erasure']],
    ['a person in Canada', 'c=ca&r=on&p=x&a=25&b=25', ['report']],
    ['a person threatened before anything is online, in the US', 'c=us&p=not-online&a=16&b=16', ['report']],
  ])('%s', (_name, query, expected) => {
    expect(clocksFor(facts(query))).toEqual(expected);
  });
});

describe('readClocks', () => {
  it('reads each date from the link, and says whether its deadline has passed', () => {
    const {answers} = parseAnswers(new URLSearchParams('c=fr&p=x&a=15&b=20&dg=2026-10-01&dc=2026-11-20&dh=2026-11-01'));
    expect(readClocks(factsFrom(answers), answers.sentOn ?? {}, '2026-11-27')).toEqual([
      {id: 'erasure', sentOn: '2026-10-01', dueOn: '2026-11-03', passed: true},
      {id: 'cnilMinor', sentOn: '2026-11-20', dueOn: '2026-12-11', passed: false},
      {id: 'platformDecision', sentOn: '2026-11-01', dueOn: '2027-05-01', passed: false},
    ]);
  });

  it('ignores a day in the future, and a clock the plan does not have', () => {
    const {answers} = parseAnswers(new URLSearchParams('c=ca&p=x&dt=2026-11-20&dg=2030-01-01'));
    expect(readClocks(factsFrom(answers), answers.sentOn ?? {}, '2026-11-27')).toEqual([]);
  });

  it("keeps the dates in the link, in the URL contract's order", () => {
    const query = 'c=us&p=x&d=2026-11-02&dt=2026-11-20';
    const {answers, answered} = parseAnswers(new URLSearchParams(query));
    expect(toQueryString(answers, answered)).toBe(query);
  });

  it('calls a date that is not a date unusable, and keeps the rest', () => {
    const parsed = parseAnswers(new URLSearchParams('c=us&p=x&dt=2026-02-30&dg=2026-11-01'));
    expect(parsed.unusable).toEqual(['reportedOn']);
    expect(parsed.answers.sentOn).toEqual({erasure: '2026-11-01'});
  });
});
