import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary} from '@/lib/content/load-content';
import ICAL from 'ical.js';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {buildPlan} from '@/lib/plan/build-plan';
import {recheckCalendar, remindersCalendar} from '@/lib/reminders/calendar';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {CLOCKS, readClocks, sentDays} from '@/lib/plan/clocks';
import {factsFrom} from '@/lib/plan/facts';

const CATALOGUE = loadContentLibrary(join(process.cwd(), 'content'), 'fr');
const words = {title: 'Rappel', checkDescription: 'Regarder https://example.org/fr/plan?c=fr', escalateDescription: 'Passer à la suite'};
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

describe('remindersCalendar', () => {
  it('dates a check a week after the report and the escalation a month after, as all-day events', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&d=2027-01-31')).answers, '2027-02-10', CATALOGUE);
    const [check, escalate] = events(remindersCalendar(plan, words));
    expect(check!.startDate.toString()).toBe('2027-02-07');
    expect(check!.startDate.isDate).toBe(true);
    expect(escalate!.startDate.toString()).toBe('2027-02-28');
    expect(escalate!.description).toBe('Passer à la suite');
  });

  it('rings each reminder at 9:00 on its day, with an alarm calendar apps accept', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&d=2026-11-20')).answers, '2026-11-24', CATALOGUE);
    const ics = remindersCalendar(plan, words);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    for (const vevent of vevents) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const trigger = alarms[0]!.getFirstPropertyValue('trigger');
      // ical.js reads a valid duration as an ICAL.Duration; an invalid one (such as "-PT") is not one.
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      expect((trigger as ICAL.Duration).toSeconds()).toBe(9 * 3600);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    for (const line of ics.split(/\r?\n/).filter((l) => l.startsWith('TRIGGER')))
      expect(line).toMatch(/^TRIGGER(;[^:]*)?:-?P(\d+W|\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/);
  });

  it('keeps titles neutral', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&d=2026-11-20')).answers, '2026-11-24', CATALOGUE);
    for (const event of events(remindersCalendar(plan, words))) expect(event.summary).toBe('Rappel');
  });

  it('without a report date, reminds only of the escalation, a month from the day the plan is made', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=ca&r=qc&p=x')).answers, '2026-11-24', CATALOGUE);
    const list = events(remindersCalendar(plan, words));
    expect(list.map((e) => e.startDate.toString())).toEqual(['2026-12-24']);
  });

  it('ignores a report date in the future', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&d=2030-01-01')).answers, '2026-11-24', CATALOGUE);
    expect(plan.reportedOn).toBeUndefined();
    expect(plan.escalateOn).toBe('2026-12-24');
  });
});

describe('a reminder for every notice whose day was given', () => {
  it('dates each deadline, keeps titles neutral, and reminds two weeks before a window closes', () => {
    const answers = parseAnswers(new URLSearchParams('c=fr&p=website&a=15&b=16&d=2026-11-20&dg=2026-11-20&dc=2026-11-23&dh=2026-11-02')).answers;
    const today = '2026-11-27';
    const clocks = readClocks(factsFrom(answers), sentDays(answers), today)
      .filter((clock) => clock.id !== 'report')
      .map((clock) => ({name: clock.id, on: CLOCKS[clock.id].remindOn(clock.dueOn), description: `next step for ${clock.id}`}));
    const parsed = events(remindersCalendar(buildPlan(answers, today, CATALOGUE), words, clocks));
    const byDescription = Object.fromEntries(parsed.map((event) => [event.description, event.startDate.toString()]));
    expect(byDescription).toMatchObject({
      'next step for erasure': '2026-12-22', // the month's last day, Sunday 20 December, moves to Monday 21: from the 22nd
      'next step for cnilMinor': '2026-12-14', // three weeks
      'next step for platformDecision': '2027-04-18', // six months end on 2 May 2027: two weeks before
    });
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
    for (const event of parsed) expect(event.summary).toBe('Rappel');
  });

  it('has no reminder for a notice that does not apply to the person (a US request in France)', () => {
    const answers = parseAnswers(new URLSearchParams('c=fr&p=x&dt=2026-11-20')).answers;
    expect(readClocks(factsFrom(answers), sentDays(answers), '2026-11-27')).toEqual([]);
  });
});

describe('a calendar that says nothing it does not have to', () => {
  it('leaves out a reminder whose day has passed', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&d=2026-11-01')).answers, '2026-11-24', CATALOGUE);
    const days = events(remindersCalendar(plan, words, [{name: 'erasure', on: '2026-11-10', description: 'x'}], '2026-11-24')).map((e) =>
      e.startDate.toString(),
    );
    // The week's check (8 November) and the erasure reminder (10 November) are past: only the escalation is left.
    expect(days).toEqual(['2026-12-01']);
  });
});

describe('recheckCalendar (the case file: watching for new copies)', () => {
  const fr = ALL_MESSAGES.fr.Journal.watch;
  const en = ALL_MESSAGES.en.Journal.watch;

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('in %s: a week, a month and three months after today, neutral, with no answer, no link and no plan', (_, watch) => {
    const ics = recheckCalendar('2026-12-06', {title: watch.calendarTitle, description: watch.calendarDescription});
    const all = events(ics);
    expect(all.map((event) => event.startDate.toString())).toEqual(['2026-12-13', '2027-01-05', '2027-03-07']);
    for (const event of all) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.summary).toBe(watch.calendarTitle);
      expect(event.description).toBe(watch.calendarDescription);
    }
    expect(ics).not.toMatch(/https?:|\/plan|[?&][a-z]=|\bURL[:;]/i);
    // The neutral words say nothing of what is being checked.
    expect(`${watch.calendarTitle} ${watch.calendarDescription}`).not.toMatch(/image|photo|vid|copie|copy|plainte|report|signal|intim|nude|sext/i);
  });
});
