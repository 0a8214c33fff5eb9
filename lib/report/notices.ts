// The notices that start a legal clock, built from the answers as lists of message keys (each locale words
// them). Each has the elements its law requires, and asks for nothing more.
import type {Answers, Country} from '../answers/schema';
import {factsFrom, type Facts} from '../plan/facts';
import {PLACES} from '../plan/places';
import {ageLines, consentLine, hostNoticeLines, line, type TextLine} from './report-text';

export const NOTICE_KINDS = ['host-notice', 'platform-complaint', 'take-it-down', 'erasure'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

// A person "elsewhere" may well be in the EU: they are offered the EU's notices too.
const somewhereElse = (country: Country | undefined): country is 'other' | undefined => country === 'other' || country === undefined;
const underEuLaw = ({country}: Facts) => somewhereElse(country) || PLACES[country].euHostNotice;
const underGdpr = ({country}: Facts) => somewhereElse(country) || PLACES[country].gdpr;

/** Which notices a person can send: only about something already online, and only where their law applies. */
export const NOTICE_APPLIES: Record<NoticeKind, (facts: Facts) => boolean> = {
  'host-notice': (f) => underEuLaw(f) && !f.notOnline,
  'platform-complaint': (f) => underEuLaw(f) && !f.notOnline,
  // The Act sets no condition of residence, but only US platforms are sure to be bound: offered in the US.
  'take-it-down': (f) => f.country === 'us' && !f.notOnline,
  erasure: (f) => underGdpr(f) && !f.notOnline,
};

export const noticesFor = (facts: Facts): NoticeKind[] => NOTICE_KINDS.filter((kind) => NOTICE_APPLIES[kind](facts));

/** The lines of each kind of notice, for one person's answers, dated. */
export const noticeLines = (kind: NoticeKind, answers: Answers, date: string): TextLine[] =>
  kind === 'host-notice'
    ? hostNoticeLines(answers, date)
    : kind === 'platform-complaint'
      ? platformComplaintLines(answers, date)
      : kind === 'take-it-down'
        ? takeItDownLines(answers, date)
        : erasureLines(answers, date);

/** The messages namespace each kind is worded in. */
export const NOTICE_NAMESPACES = {
  'host-notice': 'HostNotice',
  'platform-complaint': 'PlatformComplaint',
  'take-it-down': 'TakeItDown',
  erasure: 'Erasure',
} as const satisfies Record<NoticeKind, string>;

/** Who sends it: the person, or someone acting for them (a parent, a supporter): the law allows both. */
const senderLine = (answers: Answers): TextLine =>
  line(answers.who === 'child' ? 'senderParent' : answers.who === 'supported' ? 'senderAuthorised' : 'senderSelf');

/**
 * US TAKE IT DOWN Act, 47 U.S.C. § 223a(a)(1)(B): in writing, (i) a physical or electronic signature,
 * (ii) identification of the image and information to locate it, (iii) a brief good-faith statement that it is
 * not consensual, (iv) contact information. Sent through the platform's own removal process.
 */
export const takeItDownLines = (answers: Answers, date: string): TextLine[] => [
  line('title'),
  line('date', {date}),
  line('recipient'),
  senderLine(answers),
  line('location'),
  line('goodFaith'),
  consentLine(answers),
  ...(answers.consent === 'fake' ? [line('forgery')] : []),
  line('request'),
  line('contact'),
  line('signature'),
];

/**
 * An erasure request under the GDPR (art. 17; the UK GDPR says the same): who asks, which data, the ground, the
 * one-month answer (art. 12(3)); for data collected from a minor in France, art. 51 of the Loi Informatique et
 * Libertés. Proof of identity only on reasonable doubt (art. 12(6)).
 */
export const erasureLines = (answers: Answers, date: string): TextLine[] => {
  const facts = factsFrom(answers);
  const ground = answers.consent === 'self-published' ? 'groundConsentWithdrawn' : 'groundUnlawful';
  const minorGround =
    facts.madeUnder18 === 'no'
      ? []
      : [line(answers.country === 'fr' ? 'groundMinorFrance' : answers.country === 'gb' ? 'groundChildUk' : 'groundMinor')];
  return [
    line(answers.country === 'gb' ? 'titleUk' : 'title'),
    line('date', {date}),
    line('recipient'),
    line('sender'),
    senderLine(answers),
    line('urls'),
    line(ground),
    ...minorGround,
    line('request'),
    line(answers.country === 'gb' ? 'deadlineUk' : 'deadline'),
    line('identity'),
    line('signature'),
  ];
};

/**
 * DSA art. 20: after a platform refused to act on a notice, its internal complaint, free, open at least six
 * months after the decision; then art. 21 (certified out-of-court settlement) and art. 53 (the Digital Services
 * Coordinator).
 */
export const platformComplaintLines = (answers: Answers, date: string): TextLine[] => [
  line('title'),
  line('date', {date}),
  line('recipient'),
  line('reference'),
  line('reasons'),
  ...ageLines(answers),
  consentLine(answers),
  line('request'),
  line('next'),
  line('signature'),
];
