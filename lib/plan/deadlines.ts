// Each law's deadline as calendar arithmetic on ISO dates, with no knowledge of the person: shared by the plan's
// clocks (lib/plan/clocks.ts) and the journal that runs in the browser.
import {addDays, addMonths, type IsoDate} from '../dates';

export const CLOCK_IDS = ['report', 'takeItDown', 'erasure', 'cnilMinor', 'platformDecision'] as const;
export type ClockId = (typeof CLOCK_IDS)[number];

type Deadline = {
  /** When the clock runs out: the day from which the next step applies. */
  due: (sentOn: IsoDate) => IsoDate;
  /** When a calendar should remind the person: the due day, or earlier for a window that closes. */
  remindOn: (dueOn: IsoDate) => IsoDate;
};

/**
 * A period whose last day falls on a Saturday or a Sunday ends on the Monday, as EU law counts periods
 * (Regulation 1182/71, art. 3(4); the ICO counts the same). A public holiday moves it too: the plan says so
 * rather than keep a calendar of every country's holidays.
 */
export const nextWorkingDay = (iso: IsoDate): IsoDate => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
};

const onTheDay = (dueOn: IsoDate) => dueOn;
// A window that closes needs its reminder while there is still time to act.
const twoWeeksBefore = (dueOn: IsoDate) => addDays(dueOn, -14);

export const DEADLINES: Record<ClockId, Deadline> = {
  // A week to look for an answer to a first report (the escalation month is the plan's own date).
  report: {due: (sentOn) => addDays(sentOn, 7), remindOn: onTheDay},
  // TAKE IT DOWN Act: removal within 48 hours of receipt. Only the day is known, so the plan counts from the
  // end of the second day after sending: never earlier than the law allows.
  takeItDown: {due: (sentOn) => addDays(sentOn, 3), remindOn: onTheDay},
  // GDPR art. 12(3): an answer within one month of receipt (UK GDPR: the same). The month ends at the end of its
  // last day (Regulation 1182/71, art. 3(2)(c)): the next step applies from the day after.
  erasure: {due: (receivedOn) => addDays(nextWorkingDay(addMonths(receivedOn, 1)), 1), remindOn: onTheDay},
  // Loi Informatique et Libertés art. 51: the CNIL rules within three weeks of a complaint about data
  // collected from a minor.
  cnilMinor: {due: (sentOn) => addDays(sentOn, 21), remindOn: onTheDay},
  // DSA art. 20: the platform's internal complaint stays open at least six months after its decision.
  platformDecision: {due: (sentOn) => addMonths(sentOn, 6), remindOn: twoWeeksBefore},
};
