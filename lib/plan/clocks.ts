// A clock for every kind of report or notice: which ones a person's plan has, and, from the day they sent it
// (given in the link, never stored), the day its law's deadline passes.
import type {IsoDate} from '../dates';
import type {Answers} from '../answers/schema';
import {QUERY_KEYS, SENT_ON_KEYS} from '../answers/url-contract';
import {NOTICE_APPLIES, type NoticeKind} from '../report/notices';
import {CLOCK_IDS, DEADLINES, type ClockId} from './deadlines';
import type {Facts} from './facts';

export {CLOCK_IDS, nextWorkingDay, type ClockId} from './deadlines';

type Clock = (typeof DEADLINES)[ClockId] & {
  /** The URL key holding the day it was sent (`d` for the first report, as before). */
  key: string;
  /** Whether this person's plan has this kind of notice. */
  applies: (facts: Facts) => boolean;
  /** The letter whose sending starts it (none for the first report). */
  notice?: NoticeKind;
};

export const CLOCKS: Record<ClockId, Clock> = {
  report: {...DEADLINES.report, key: QUERY_KEYS.reportedOn, applies: () => true},
  takeItDown: {...DEADLINES.takeItDown, key: SENT_ON_KEYS.takeItDown, applies: NOTICE_APPLIES['take-it-down'], notice: 'take-it-down'},
  erasure: {...DEADLINES.erasure, key: SENT_ON_KEYS.erasure, applies: NOTICE_APPLIES.erasure, notice: 'erasure'},
  // The three weeks of art. 51 apply to data collected from a minor, in France.
  cnilMinor: {
    ...DEADLINES.cnilMinor,
    key: SENT_ON_KEYS.cnilMinor,
    applies: (f) => f.country === 'fr' && f.madeUnder18 !== 'no' && NOTICE_APPLIES.erasure(f),
    notice: 'erasure',
  },
  platformDecision: {
    ...DEADLINES.platformDecision,
    key: SENT_ON_KEYS.platformDecision,
    applies: NOTICE_APPLIES['platform-complaint'],
    notice: 'platform-complaint',
  },
};

export type ClockReading = {id: ClockId; sentOn: IsoDate; dueOn: IsoDate; passed: boolean};

/** The clocks of a plan: for each kind this person can send, its deadline once the day it was sent is given. */
export const readClocks = (facts: Facts, sent: Partial<Record<ClockId, IsoDate>>, today: IsoDate): ClockReading[] =>
  CLOCK_IDS.flatMap((id) => {
    const sentOn = sent[id];
    if (!sentOn || sentOn > today || !CLOCKS[id].applies(facts)) return [];
    const dueOn = CLOCKS[id].due(sentOn);
    return [{id, sentOn, dueOn, passed: dueOn <= today}];
  });

/** The kinds of notice this plan can track. */
export const clocksFor = (facts: Facts): ClockId[] => CLOCK_IDS.filter((id) => CLOCKS[id].applies(facts));

/** The days the person gave, from their answers. */
export const sentDays = (answers: Answers): Partial<Record<ClockId, IsoDate>> => ({
  ...(answers.reportedOn ? {report: answers.reportedOn} : {}),
  ...answers.sentOn,
});
