// The follow-up reminders as an iCalendar file. Titles stay neutral: a calendar is often seen by others.
import {createEvents, type DateArray, type EventAttributes} from 'ics';
import {addDays, type IsoDate} from '../dates';
import type {Plan} from '../plan/build-plan';

export type ReminderWords = {title: string; checkDescription: string; escalateDescription: string};

const ALARM_AT_9AM = {hours: 9, minutes: 0, before: false};

const dateArray = (iso: IsoDate): DateArray => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return [year, month, day];
};

const allDay = (iso: IsoDate, uid: string, title: string, description: string): EventAttributes => ({
  uid,
  title,
  description,
  start: dateArray(iso),
  end: dateArray(addDays(iso, 1)),
  productId: 'recours',
  busyStatus: 'FREE',
  transp: 'TRANSPARENT',
  // An all-day event starts at midnight: ring at 9:00 that morning, not in the night.
  alarms: [{action: 'display', description: title, trigger: ALARM_AT_9AM}],
});

/** A reminder of one notice's deadline: `name` tells it apart in the calendar's uid, never in its title. */
export type ClockReminder = {name: string; on: IsoDate; description: string};

/**
 * One reminder a week after the first report (when known), one at the escalation date, and one for each notice
 * whose sending day was given: the day its deadline passes (or, for a window that closes, two weeks before).
 * A day already past (before `today`) gets no reminder. The words say no answer: the caller words them so.
 */
export const remindersCalendar = (plan: Plan, words: ReminderWords, clocks: ClockReminder[] = [], today?: IsoDate): string => {
  const upcoming = (day: IsoDate) => today === undefined || day >= today;
  const events = [
    ...(plan.checkOn && upcoming(plan.checkOn) ? [allDay(plan.checkOn, `${plan.checkOn}-check@recours`, words.title, words.checkDescription)] : []),
    ...(upcoming(plan.escalateOn) ? [allDay(plan.escalateOn, `${plan.escalateOn}-escalate@recours`, words.title, words.escalateDescription)] : []),
    ...clocks
      .filter((clock) => upcoming(clock.on))
      .map((clock) => allDay(clock.on, `${clock.on}-${clock.name}@recours`, words.title, clock.description)),
  ];
  return calendarOf(events);
};

const calendarOf = (events: EventAttributes[]): string => {
  const {error, value} = createEvents(events);
  if (error || !value) throw error ?? new Error('could not build the calendar');
  return value;
};

/** Days to check again for copies, counted from `today`. */
export const RECHECK_AFTER_DAYS = [7, 30, 91] as const;

/**
 * The re-check reminders of the case file, made on the device: dates from today only, neutral words, and nothing
 * of the person's answers or plan.
 */
export const recheckCalendar = (today: IsoDate, words: {title: string; description: string}): string =>
  calendarOf(RECHECK_AFTER_DAYS.map((days) => addDays(today, days)).map((on) => allDay(on, `${on}-recheck@recours`, words.title, words.description)));
