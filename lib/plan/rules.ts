// The policy of the plan, one row per rule: when it applies, what it adds, and the reason shown to the person.
// Reasons are message keys (`Reasons.<key>` in messages/*.json).
import type {Platform} from '../answers/schema';
import type {Facts} from './facts';
import type {SectionId} from './sections';

export type Rule = {
  section: SectionId;
  add: string;
  when: (facts: Facts) => boolean;
  because: string;
};

const inFrance = (f: Facts) => f.country === 'fr';
const inCanada = (f: Facts) => f.country === 'ca';
// No country given reads as "elsewhere": the generic routes still help.
const elsewhere = (f: Facts) => f.country === 'other' || f.country === undefined;
const madeMinor = (f: Facts) => f.madeUnder18 === 'yes';
const madeAgeUnknown = (f: Facts) => f.madeUnder18 === 'unknown';
const madeAdult = (f: Facts) => f.madeUnder18 === 'no';
const nowMinor = (f: Facts) => f.nowUnder18 === 'yes';
const nowAgeUnknown = (f: Facts) => f.nowUnder18 === 'unknown';
const on = (...platforms: Platform[]) => (f: Facts) => platforms.some((p) => f.platforms.includes(p));
const both = (a: (f: Facts) => boolean, b: (f: Facts) => boolean) => (f: Facts) => a(f) && b(f);

export const RULES: readonly Rule[] = [
  // 1. Safety now
  {section: 'safety', add: 'emergency-fr', when: (f) => f.danger && inFrance(f), because: 'danger'},
  {section: 'safety', add: 'emergency-ca', when: (f) => f.danger && inCanada(f), because: 'danger'},
  {section: 'safety', add: 'emergency-other', when: (f) => f.danger && elsewhere(f), because: 'danger'},

  // 2. Threats, blackmail, demands
  {section: 'threats', add: 'sextortion', when: (f) => f.threatened, because: 'threatened'},
  {section: 'threats', add: 'sextortion-fr', when: (f) => f.threatened && inFrance(f), because: 'threatenedFr'},
  {section: 'threats', add: 'sextortion-ca', when: (f) => f.threatened && inCanada(f), because: 'threatenedCa'},

  // 3. Evidence: never keep copies of an image made under 18, even as evidence
  {section: 'evidence', add: 'evidence-minor', when: madeMinor, because: 'madeUnder18'},
  {section: 'evidence', add: 'evidence-minor', when: madeAgeUnknown, because: 'ageMadeUnknown'},
  {section: 'evidence', add: 'evidence-adult', when: madeAdult, because: 'evidenceFirst'},

  // 4. Reporting: one item per platform comes first (see platformRules in build-plan.ts), then:
  {section: 'report', add: 'host-notice', when: inFrance, because: 'hostNoticeFr'},

  // 5. Trusted bodies
  {section: 'alert', add: 'point-de-contact', when: inFrance, because: 'livesInFrance'},
  {section: 'alert', add: 'pharos', when: both(inFrance, madeMinor), because: 'madeUnder18'},
  {section: 'alert', add: 'pharos', when: both(inFrance, madeAgeUnknown), because: 'ageMadeUnknown'},
  {section: 'alert', add: '3018', when: both(inFrance, nowMinor), because: 'nowUnder18'},
  {section: 'alert', add: '3018', when: both(inFrance, (f) => !nowMinor(f) && !madeAdult(f)), because: 'madeUnder18OrUnknown'},
  {section: 'alert', add: '3018', when: both(inFrance, (f) => madeAdult(f) && !nowMinor(f)), because: 'adultMay3018'},
  {section: 'alert', add: 'cybertip', when: both(inCanada, madeMinor), because: 'madeUnder18'},
  {section: 'alert', add: 'cybertip', when: both(inCanada, madeAgeUnknown), because: 'ageMadeUnknown'},
  {section: 'alert', add: 'needhelpnow', when: both(inCanada, (f) => !madeAdult(f)), because: 'youngCanada'},
  {section: 'alert', add: 'bc-intimate-images-service', when: (f) => f.province === 'bc', because: 'livesInBc'},
  {section: 'alert', add: 'ns-cyberscan', when: (f) => f.province === 'ns', because: 'livesInNs'},
  {section: 'alert', add: 'mb-intimate-images', when: (f) => f.province === 'mb', because: 'livesInMb'},
  {section: 'alert', add: 'inhope', when: both(elsewhere, (f) => !madeAdult(f)), because: 'madeUnder18OrUnknown'},

  // 6. Stop re-uploads: StopNCII for images made as an adult, Take It Down for images made under 18
  {section: 'reupload', add: 'stopncii', when: madeAdult, because: 'madeAdult'},
  {section: 'reupload', add: 'stopncii', when: madeAgeUnknown, because: 'ageMadeUnknown'},
  {section: 'reupload', add: 'take-it-down', when: madeMinor, because: 'madeUnder18'},
  {section: 'reupload', add: 'take-it-down', when: madeAgeUnknown, because: 'ageMadeUnknown'},

  // 7. Search engines
  {section: 'search', add: 'search-removal', when: on('search-engine'), because: 'inSearchResults'},
  {section: 'search', add: 'search-removal', when: on('website', 'adult-site'), because: 'onWebsites'},
  {section: 'search', add: 'search-removal', when: (f) => f.spreading, because: 'spreading'},
  {section: 'search', add: 'search-removal', when: (f) => f.fake, because: 'fake'},

  // 8. If nothing happens within one month
  {section: 'escalate', add: 'cnil-complaint', when: inFrance, because: 'escalateFr'},
  {section: 'escalate', add: 'qc-court-order', when: (f) => f.province === 'qc', because: 'livesInQc'},
  {section: 'escalate', add: 'bc-civil-resolution-tribunal', when: (f) => f.province === 'bc', because: 'livesInBc'},
  {section: 'escalate', add: 'escalate-ca-other', when: (f) => inCanada(f) && f.province !== 'qc' && f.province !== 'bc', because: 'escalateCa'},
  {section: 'escalate', add: 'escalate-other', when: elsewhere, because: 'escalateOther'},

  // 9. Police and the law
  {section: 'police', add: 'complaint-fr', when: inFrance, because: 'livesInFrance'},
  {section: 'police', add: 'law-fr', when: inFrance, because: 'lawFr'},
  {section: 'police', add: 'police-ca', when: inCanada, because: 'livesInCanada'},
  {section: 'police', add: 'law-ca', when: inCanada, because: 'lawCa'},
  {section: 'police', add: 'police-other', when: elsewhere, because: 'policeOther'},

  // 10. Support lines for the person's age and country
  {section: 'support', add: 'support-fr-young', when: both(inFrance, nowMinor), because: 'nowUnder18'},
  {section: 'support', add: 'support-fr-young', when: both(inFrance, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'support', add: 'support-fr-adult', when: both(inFrance, (f) => !nowMinor(f)), because: 'supportAdult'},
  {section: 'support', add: 'support-ca-young', when: both(inCanada, nowMinor), because: 'nowUnder18'},
  {section: 'support', add: 'support-ca-young', when: both(inCanada, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'support', add: 'support-ca-adult', when: both(inCanada, (f) => !nowMinor(f)), because: 'supportAdult'},
  {section: 'support', add: 'support-other', when: elsewhere, because: 'supportOther'},
];
