// What the rules need to know, derived once from the answers.
import {madeByMatters} from '../answers/questions';
import type {Answers, Consent, Country, Platform, Province, ThreatChannel} from '../answers/schema';

/** `unknown` is treated as "may have been under 18": minors' routes are then added too. */
export type Maybe = 'yes' | 'no' | 'unknown';

export type Facts = {
  country: Country | undefined;
  province: Province | undefined;
  platforms: readonly Platform[];
  /** The ages given, in years: in the image, and now. */
  ageMade: number | undefined;
  ageNow: number | undefined;
  madeUnder18: Maybe;
  nowUnder18: Maybe;
  consent: Consent | undefined;
  danger: boolean;
  threatened: boolean;
  spreading: boolean;
  fake: boolean;
  /** Someone threatens to post, and nothing is online yet. */
  notOnline: boolean;
  /** Where the threats come from (an app, a game, text messages…), apart from where anything is published. */
  threatChannels: readonly ThreatChannel[];
  /** Who fills in the questions: the person, or a parent or someone who supports them. */
  helper: 'parent' | 'supporter' | undefined;
  /**
   * The person made the image (a selfie, a video they filmed, or the photo an AI image was made from), which is
   * online and was made at 18 or over: they hold its copyright and can send a copyright notice.
   */
  ownsCopyright: boolean;
};

const under18 = (age: number | undefined): Maybe => (age === undefined ? 'unknown' : age < 18 ? 'yes' : 'no');

export const factsFrom = (answers: Answers): Facts => ({
  country: answers.country,
  province: answers.country === 'ca' ? answers.province : undefined,
  platforms: answers.platforms,
  ageMade: answers.ageMade,
  ageNow: answers.ageNow,
  consent: answers.consent,
  // Someone under 18 now was under 18 when it was made, whatever else the link says.
  madeUnder18: answers.ageMade === undefined && answers.ageNow !== undefined && answers.ageNow < 18 ? 'yes' : under18(answers.ageMade),
  nowUnder18: under18(answers.ageNow),
  danger: answers.situation.includes('danger'),
  threatened: answers.situation.includes('threats'),
  spreading: answers.situation.includes('spreading'),
  fake: answers.consent === 'fake',
  notOnline: answers.platforms.includes('not-online'),
  threatChannels: answers.situation.includes('threats') ? (answers.threatChannel ?? []) : [],
  helper: answers.who === 'child' ? 'parent' : answers.who === 'supported' ? 'supporter' : undefined,
  ownsCopyright: answers.madeBy === 'self' && madeByMatters(answers),
});
