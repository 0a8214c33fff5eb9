// Ready-to-paste texts built from the answers: a report to a platform and a notice to a host (DSA art. 16).
// They are lists of message keys with values, so each locale words them; nothing here is free text.
import type {Answers} from '../answers/schema';
import {factsFrom} from '../plan/facts';

export type TextLine = {key: string; values?: Record<string, string>};

export const line = (key: string, values?: Record<string, string>): TextLine => (values ? {key, values} : {key});

export const ageLines = (answers: Answers): TextLine[] => {
  if (answers.ageMade !== undefined && answers.ageNow !== undefined) {
    return [line('agesBoth', {ageMade: String(answers.ageMade), ageNow: String(answers.ageNow)})];
  }
  if (answers.ageMade !== undefined) return [line('ageMadeOnly', {ageMade: String(answers.ageMade)})];
  if (answers.ageNow !== undefined) return [line('ageNowOnly', {ageNow: String(answers.ageNow)})];
  return [line('agesPlaceholder')];
};

export const consentLine = (answers: Answers): TextLine => line(`consent.${answers.consent ?? 'notSaid'}`);

/** The four points a report needs (who, age, consent, removal), the broken rule, and blanks to fill. */
export const reportTextLines = (answers: Answers, policy: string | undefined): TextLine[] => {
  const madeUnder18 = factsFrom(answers).madeUnder18 === 'yes';
  return [
    line('greeting'),
    line('identity'),
    ...ageLines(answers),
    consentLine(answers),
    ...(madeUnder18 ? [line('minor')] : []),
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
  if (answers.consent === 'self-published') {
    // Towards the host of one's own upload, consent is withdrawn; towards re-uploads by others, the law applies.
    return [
      line('lawSelfPublished'),
      line(inFrance ? 'lawReupload' : 'lawReuploadEu'),
      ...(madeUnder18 ? [line(inFrance ? 'lawMinor' : 'lawMinorEu')] : []),
    ];
  }
  if (!inFrance) return [line('lawEu'), ...(madeUnder18 ? [line('lawMinorEu')] : []), line('gdpr')];
  return [line(answers.consent === 'fake' ? 'lawDeepfake' : 'lawIntimate'), ...(madeUnder18 ? [line('lawMinor')] : []), line('gdpr')];
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
    line('identity'),
    ...ageLines(answers),
    consentLine(answers),
    ...legalGroundLines(answers),
    line('request'),
    line('goodFaith'),
    line('signature'),
  ];
};
