// The notices that start a legal clock, built from the answers as lists of message keys (each locale words
// them). Each has the elements its law requires, asks for nothing more, and asserts only what the answers say:
// a fact the person did not give is a blank to fill in or a sentence marked "[if …]", never a statement.
import type {Answers} from '../answers/schema';
import {serves, type Serves} from '../plan/eligibility';
import {factsFrom, type Facts} from '../plan/facts';
import {ageLines, consentLine, hostNoticeLines, identityLine, line, voiced, type TextLine} from './report-text';

// The order the letters page shows them in: the strongest lever first (a copyright notice for an image the person
// made is usually handled fastest; then the notices with a clock set by law).
export const NOTICE_KINDS = ['copyright', 'take-it-down', 'host-notice', 'erasure', 'platform-complaint'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const DSA = 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj';
const TAKE_IT_DOWN_ACT = 'https://www.congress.gov/119/plaws/publ12/PLAW-119publ12.htm';
const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const DMCA = 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title17-section512&num=0&edition=prelim';

/**
 * Whom each notice serves, with the law that says so. Only about something already online. A person
 * "elsewhere" may well be in the EU: they are offered the EU's notices too. The TAKE IT DOWN Act sets no
 * condition of residence, but only US platforms are sure to be bound: it is offered in the US.
 */
export const NOTICE_SERVES: Record<NoticeKind, Serves> = {
  // DSA art. 16: anyone may notify a host of illegal content; art. 20: the internal complaint after a refusal.
  'host-notice': {places: ['fr', 'be', 'lu', 'other'], published: true, source: DSA},
  'platform-complaint': {places: ['fr', 'be', 'lu', 'other'], published: true, source: DSA},
  // 47 U.S.C. § 223a(a)(1)(A): the identifiable individual, or an authorised person acting on their behalf.
  'take-it-down': {places: ['us'], published: true, filedBy: ['person', 'parent', 'supporter'], source: TAKE_IT_DOWN_ACT},
  // GDPR art. 17 (the UK GDPR says the same); a representative may act for the person.
  erasure: {places: ['fr', 'be', 'lu', 'gb', 'other'], published: true, source: GDPR},
  // 17 U.S.C. § 512(c)(3): the copyright owner or a person authorised to act on their behalf, to the host's
  // designated agent. US hosts (most large platforms) are bound wherever the person lives. Only for an image made at
  // 18 or over: for an image made under 18, the routes for minors are stronger and never describe the image.
  copyright: {published: true, ageInImage: {min: 18}, filedBy: ['person', 'parent', 'supporter'], source: DMCA},
};

/** Whether a notice serves this person. */
export const noticeServes = (kind: NoticeKind, facts: Facts): boolean => serves({serves: NOTICE_SERVES[kind]}, facts);

/** Which notices a person can send. */
export const NOTICE_APPLIES: Record<NoticeKind, (facts: Facts) => boolean> = {
  // Only the maker of the image holds its copyright.
  copyright: (f) => noticeServes('copyright', f) && f.ownsCopyright,
  'host-notice': (f) => noticeServes('host-notice', f),
  'platform-complaint': (f) => noticeServes('platform-complaint', f),
  'take-it-down': (f) => noticeServes('take-it-down', f),
  erasure: (f) => noticeServes('erasure', f),
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
        : kind === 'copyright'
          ? copyrightLines(answers, date)
          : erasureLines(answers, date);

/** The messages namespace each kind is worded in. */
export const NOTICE_NAMESPACES = {
  'host-notice': 'HostNotice',
  'platform-complaint': 'PlatformComplaint',
  'take-it-down': 'TakeItDown',
  erasure: 'Erasure',
  copyright: 'Copyright',
} as const satisfies Record<NoticeKind, string>;

/** Who sends it: the person, or someone acting for them (a parent, a supporter): the law allows both. */
const senderLine = (answers: Answers): TextLine =>
  line(answers.who === 'child' ? 'senderParent' : answers.who === 'supported' ? 'senderAuthorised' : 'senderSelf');

/**
 * US TAKE IT DOWN Act, 47 U.S.C. § 223a(a)(1)(B): in writing, (i) a physical or electronic signature,
 * (ii) identification of the image and information to locate it, (iii) a brief good-faith statement that it is
 * not consensual, (iv) contact information. Sent through the platform's own removal process. The Act covers a
 * depiction published without the person's consent: for content the person posted themselves, it is aimed at
 * the copies someone else posted, never at a withdrawal of consent, which the Act does not know.
 */
export const takeItDownLines = (answers: Answers, date: string): TextLine[] => [
  line('title'),
  line('date', {date}),
  line('recipient'),
  senderLine(answers),
  ...(answers.consent === 'self-published' ? [line('copiesOnly')] : []),
  line('location'),
  line('goodFaith'),
  consentLine(answers),
  // 47 U.S.C. § 223(h)(1)(B): a digital forgery is one that, viewed as a whole, is indistinguishable from an
  // authentic depiction; whether it looks real is for the sender to say.
  ...(answers.consent === 'fake' ? [line('forgery')] : []),
  line('request'),
  line('contact'),
  line('signature'),
];

/** Data collected when the person was under 18: said only when the ages say so, offered as "[if …]" when not given. */
const minorGround = (answers: Answers, facts: Facts): TextLine[] => {
  if (facts.madeUnder18 === 'no') return [];
  const key = answers.country === 'fr' ? 'groundMinorFrance' : answers.country === 'gb' ? 'groundChildUk' : 'groundMinor';
  return [line(facts.madeUnder18 === 'yes' ? key : `${key}Unsure`)];
};

/**
 * An erasure request under the GDPR (art. 17; the UK GDPR says the same): who asks, which data, the ground, the
 * one-month answer (art. 12(3)); for data an online service collected from a minor in France, art. 51 of the
 * Loi Informatique et Libertés. Proof of identity only on reasonable doubt (art. 12(6)).
 */
export const erasureLines = (answers: Answers, date: string): TextLine[] => {
  const facts = factsFrom(answers);
  const ground = answers.consent === 'self-published' ? voiced('groundConsentWithdrawn', answers) : 'groundUnlawful';
  return [
    line(answers.country === 'gb' ? 'titleUk' : 'title'),
    line('date', {date}),
    line('recipient'),
    line('sender'),
    senderLine(answers),
    line('urls'),
    line(ground),
    ...minorGround(answers, facts),
    line('request'),
    line(answers.country === 'gb' ? 'deadlineUk' : 'deadline'),
    line('identityProof'),
    line('signature'),
  ];
};

/**
 * DSA art. 20: after a platform refused to act on a notice, its internal complaint, free, open at least six
 * months after the decision; at any time, art. 21 (certified out-of-court settlement) and art. 53 (the Digital
 * Services Coordinator).
 */
export const platformComplaintLines = (answers: Answers, date: string): TextLine[] => [
  line('title'),
  line('date', {date}),
  line('recipient'),
  line('reference'),
  identityLine(answers),
  line('reasons'),
  ...ageLines(answers),
  consentLine(answers),
  line('request'),
  line('next'),
  line('signature'),
];

/**
 * A copyright notice, 17 U.S.C. § 512(c)(3)(A): (i) a physical or electronic signature of the owner or of a person
 * authorised to act for them, (ii) the work, (iii) the infringing material and where it is, (iv) contact details,
 * (v) a good-faith statement that the use is not authorised, (vi) a statement that the notice is accurate and,
 * under penalty of perjury, that the sender is the owner or authorised to act for them. The work is described in
 * words, never attached. For an AI-made image, the work is the photo it was made from.
 */
export const copyrightLines = (answers: Answers, date: string): TextLine[] => [
  line('title'),
  line('date', {date}),
  line('recipient'),
  line(answers.who === 'child' ? 'ownerParent' : answers.who === 'supported' ? 'ownerAuthorised' : 'ownerSelf'),
  line(answers.consent === 'fake' ? voiced('workDerived', answers) : voiced('work', answers)),
  line('infringing'),
  line('contact'),
  line('goodFaith'),
  line('accuracy'),
  line('request'),
  line('signature'),
];
