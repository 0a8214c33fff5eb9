// Ready-to-paste texts built from the answers: a report to a platform and a notice to a host (DSA art. 16).
// They are lists of message keys with values, so each locale words them; nothing here is free text. When a
// parent or a supporter fills in, the texts speak about the person shown (`<key>Their`), never as them.
import type {Answers} from '../answers/schema';
import {factsFrom} from '../plan/facts';

export type TextLine = {key: string; values?: Record<string, string>};

export const line = (key: string, values?: Record<string, string>): TextLine => (values ? {key, values} : {key});

/** Whether the texts are written by someone else than the person shown (a parent, a supporter). */
export const writtenForThem = (answers: Pick<Answers, 'who'>): boolean => answers.who === 'child' || answers.who === 'supported';

/** A line in the person's own words, or about them when someone else writes. */
export const voiced = (key: string, answers: Pick<Answers, 'who'>): string => (writtenForThem(answers) ? `${key}Their` : key);

/** "I am the person shown", or who writes for them. */
export const identityLine = (answers: Pick<Answers, 'who'>): TextLine =>
  line(answers.who === 'child' ? 'identityParent' : answers.who === 'supported' ? 'identityAuthorised' : 'identity');

export const ageLines = (answers: Answers): TextLine[] => {
  if (answers.ageMade !== undefined && answers.ageNow !== undefined) {
    return [line(voiced('agesBoth', answers), {ageMade: String(answers.ageMade), ageNow: String(answers.ageNow)})];
  }
  if (answers.ageMade !== undefined) return [line(voiced('ageMadeOnly', answers), {ageMade: String(answers.ageMade)})];
  if (answers.ageNow !== undefined) return [line(voiced('ageNowOnly', answers), {ageNow: String(answers.ageNow)})];
  return [line(voiced('agesPlaceholder', answers))];
};

export const consentLine = (answers: Answers): TextLine => line(`${voiced('consent', answers)}.${answers.consent ?? 'notSaid'}`);

/** The four points a report needs (who, age, consent, removal), the broken rule, and blanks to fill. */
export const reportTextLines = (answers: Answers, policy: string | undefined): TextLine[] => {
  const madeUnder18 = factsFrom(answers).madeUnder18 === 'yes';
  return [
    line('greeting'),
    identityLine(answers),
    ...ageLines(answers),
    consentLine(answers),
    ...(madeUnder18 ? [line(voiced('minor', answers))] : []),
    policy ? line('policy', {policy}) : line('policyGeneric'),
    line('request'),
    line('links'),
    line('account'),
    line('thanks'),
  ];
};

/** The legal grounds of a notice: French law in France, EU-wide grounds elsewhere in the EU. */
const legalGroundLines = (answers: Answers): TextLine[] => {
  const madeUnder18 = factsFrom(answers).madeUnder18 === 'yes';
  const inFrance = answers.country === 'fr';
  const own = (key: string) => line(voiced(key, answers));
  if (answers.consent === 'self-published') {
    // Towards the host of one's own upload, consent is withdrawn; towards re-uploads by others, the law applies.
    return [
      own('lawSelfPublished'),
      own(inFrance ? 'lawReupload' : 'lawReuploadEu'),
      ...(madeUnder18 ? [own(inFrance ? 'lawMinor' : 'lawMinorEu')] : []),
    ];
  }
  // The maker of the image also holds its copyright: a ground of its own (said above already for one's own posts).
  const copyright = factsFrom(answers).ownsCopyright ? [own(inFrance ? 'copyrightFr' : 'copyrightEu')] : [];
  if (!inFrance) return [own('lawEu'), ...copyright, ...(madeUnder18 ? [own('lawMinorEu')] : []), own('gdpr')];
  return [own(answers.consent === 'fake' ? 'lawDeepfake' : 'lawIntimate'), ...copyright, ...(madeUnder18 ? [own('lawMinor')] : []), own('gdpr')];
};

/**
 * A notice to a host under article 16(2) of the Digital Services Act: (a) reasons with the legal provisions,
 * (b) exact URLs, (c) name and email (not required for child sexual abuse material), (d) good faith.
 */
export const hostNoticeLines = (answers: Answers, date: string): TextLine[] => {
  const madeUnder18 = factsFrom(answers).madeUnder18;
  return [
    line('title'),
    line('date', {date}),
    line('recipient'),
    line('sender'),
    ...(madeUnder18 !== 'no' ? [line('senderMinor')] : []),
    line('urls'),
    line('reasonsIntro'),
    identityLine(answers),
    ...ageLines(answers),
    consentLine(answers),
    ...legalGroundLines(answers),
    line('request'),
    line('goodFaith'),
    line('signature'),
  ];
};
