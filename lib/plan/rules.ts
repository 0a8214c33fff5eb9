// The policy of the plan, one row per rule: when it applies, what it adds, and the reason shown to the person.
// Reasons are message keys (`Reasons.<key>` in messages/*.json).
import type firstLocaleMessages from '../../messages/fr.json';
import {PLATFORMS, type Platform} from '../answers/schema';
import type {Facts} from './facts';
import {PLACES, PROVINCE_STEPS, TABLE_COUNTRIES, type PlaceCountry} from './places';
import type {SectionId} from './sections';

/** Ready-to-paste text shown under an item: a report to the platform, or a notice to a host. */
/** The ready-to-send text a step announces: a platform's report text, or one of the notices (lib/report/notices). */
export type Attachment = 'report-text' | 'host-notice' | 'take-it-down' | 'erasure';

/** A reason shown to the person: a key of `Reasons` in the messages. */
export type ReasonKey = keyof (typeof firstLocaleMessages)['Reasons'];

export type Rule = {
  section: SectionId;
  add: string;
  when: (facts: Facts) => boolean;
  because: ReasonKey;
  /** The platform a report item is about. */
  platform?: Platform;
  attach?: Attachment;
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
const on =
  (...platforms: Platform[]) =>
  (f: Facts) =>
    platforms.some((p) => f.platforms.includes(p));
const both = (a: (f: Facts) => boolean, b: (f: Facts) => boolean) => (f: Facts) => a(f) && b(f);
const livesIn = (country: PlaceCountry) => (f: Facts) => f.country === country;
const inTableCountry = (f: Facts) => (TABLE_COUNTRIES as readonly string[]).includes(f.country ?? '');
// The EU's Digital Services Act: France, the EU countries of the table, and "elsewhere" (if in the EU).
const inEuTableCountry = (f: Facts) => inTableCountry(f) && PLACES[f.country as PlaceCountry].euHostNotice;

// Québec's CAVAC and British Columbia's service have their own rows; other provinces, their PROVINCE_STEPS.
const PROVINCES_WITH_OWN_BODY = new Set<string>([
  'qc',
  'bc',
  ...Object.entries(PROVINCE_STEPS)
    .filter(([, step]) => !step.fastOrder)
    .map(([province]) => province),
]);

/** One row per country of the table, for one kind of step. */
const perCountry = (make: (country: (typeof TABLE_COUNTRIES)[number]) => Rule[]): Rule[] => TABLE_COUNTRIES.flatMap(make);
/** One row per country (France and Canada included) whose emergency number and crisis line are in the table. */
const everyCountry = (make: (country: PlaceCountry) => Rule[]): Rule[] => (Object.keys(PLACES) as PlaceCountry[]).flatMap(make);

// One row per platform the person named, each with its own guide and a report text; search engines have
// their own section. "I don't know where" gets the guide to finding it, with nothing to report yet.
const PLATFORM_RULES: Rule[] = PLATFORMS.filter((platform) => platform !== 'search-engine').map((platform): Rule =>
  platform === 'unknown'
    ? {section: 'report', add: 'platform-unknown', platform, when: on(platform), because: 'placeUnknown'}
    : platform === 'not-online'
      ? {section: 'report', add: 'platform-not-online', platform, when: on(platform), because: 'notOnlineYet'}
      : {section: 'report', add: `platform-${platform}`, platform, when: on(platform), because: 'platformSelected', attach: 'report-text'},
);

// Steps about content that is already online: not yet, when someone only threatens to post.
const online = (f: Facts) => !f.notOnline;

/** Whether a platform gets a ready-to-paste report text (its guide shows one too). */
export const hasReportText = (platform: Platform): boolean =>
  PLATFORM_RULES.some((rule) => rule.platform === platform && rule.attach === 'report-text');

export const RULES: readonly Rule[] = [
  // 0. For the parent or the person who supports them: what helps most, and how to share the plan safely
  {section: 'helper', add: 'helper-parent', when: (f) => f.helper === 'parent', because: 'helperParent'},
  {section: 'helper', add: 'helper-worker', when: (f) => f.helper === 'supporter', because: 'helperWorker'},

  // 1. Safety now: the emergency number, and the crisis line
  ...everyCountry((country) => [
    {section: 'safety', add: PLACES[country].emergency.contentId, when: both((f) => f.danger, livesIn(country)), because: 'danger'},
  ]),
  {section: 'safety', add: 'emergency-other', when: (f) => f.danger && elsewhere(f), because: 'danger'},
  ...everyCountry((country) => [
    {section: 'safety', add: PLACES[country].crisis, when: both((f) => f.danger, livesIn(country)), because: 'crisisLine'},
  ]),
  {section: 'safety', add: 'crisis-other', when: (f) => f.danger && elsewhere(f), because: 'crisisLine'},

  // 2. Threats, blackmail, demands (sextortion drives some young people to self-harm: name the crisis line)
  {section: 'threats', add: 'sextortion', when: (f) => f.threatened, because: 'threatened'},
  {section: 'threats', add: 'sextortion-fr', when: (f) => f.threatened && inFrance(f), because: 'threatenedFr'},
  {section: 'threats', add: 'sextortion-ca', when: (f) => f.threatened && inCanada(f), because: 'threatenedCa'},
  ...everyCountry((country) => [
    {section: 'threats', add: PLACES[country].crisis, when: (f) => f.threatened && !f.danger && livesIn(country)(f), because: 'crisisLine'},
  ]),
  {section: 'threats', add: 'crisis-other', when: (f) => f.threatened && !f.danger && elsewhere(f), because: 'crisisLine'},

  // 3. Evidence: never keep copies of an image made under 18, even as evidence
  {section: 'evidence', add: 'evidence-minor', when: madeMinor, because: 'madeUnder18'},
  {section: 'evidence', add: 'evidence-minor', when: madeAgeUnknown, because: 'ageMadeUnknown'},
  {section: 'evidence', add: 'evidence-adult', when: madeAdult, because: 'evidenceFirst'},

  // 4. Reporting: one item per platform, then the notice to a host, which the EU's Digital Services Act gives
  // everyone in the EU, not only in France; in the US, the TAKE IT DOWN Act's 48-hour removal duty.
  ...PLATFORM_RULES,
  {section: 'report', add: 'host-notice', when: both(inFrance, online), because: 'hostNoticeFr', attach: 'host-notice'},
  {
    section: 'report',
    add: 'host-notice',
    when: (f) => (elsewhere(f) || inEuTableCountry(f)) && online(f),
    because: 'hostNoticeEu',
    attach: 'host-notice',
  },
  ...perCountry((country) =>
    (PLACES[country].report ?? []).map((add): Rule => ({
      section: 'report',
      add,
      when: both(livesIn(country), online),
      because: 'takeItDownAct',
      attach: 'take-it-down',
    })),
  ),

  // 5. Orders a court or tribunal can make quickly: usable now, not only after a month
  ...Object.entries(PROVINCE_STEPS).flatMap(([province, step]): Rule[] =>
    step.fastOrder
      ? [
          {
            section: 'order',
            add: step.contentId,
            when: (f) => f.province === province,
            because: province === 'nb' ? 'fastOrderNb' : province === 'qc' ? 'livesInQc' : 'livesInBc',
          },
        ]
      : [],
  ),

  // 6. Trusted bodies. Services about images of minors follow the age in the image; services for young
  // people follow the age the person is now.
  {section: 'alert', add: 'point-de-contact', when: both(inFrance, online), because: 'livesInFrance'},
  {section: 'alert', add: 'pharos', when: (f) => inFrance(f) && online(f) && madeMinor(f), because: 'madeUnder18'},
  {section: 'alert', add: 'pharos', when: (f) => inFrance(f) && online(f) && madeAgeUnknown(f), because: 'ageMadeUnknown'},
  {section: 'alert', add: '3018', when: both(inFrance, nowMinor), because: 'nowUnder18'},
  {section: 'alert', add: '3018', when: both(inFrance, (f) => !nowMinor(f) && !madeAdult(f)), because: 'madeUnder18OrUnknown'},
  {section: 'alert', add: '3018', when: both(inFrance, (f) => madeAdult(f) && !nowMinor(f)), because: 'adultMay3018'},
  {section: 'alert', add: 'cybertip', when: both(inCanada, madeMinor), because: 'madeUnder18'},
  {section: 'alert', add: 'cybertip', when: both(inCanada, madeAgeUnknown), because: 'ageMadeUnknown'},
  {section: 'alert', add: 'needhelpnow', when: both(inCanada, nowMinor), because: 'youngCanada'},
  {section: 'alert', add: 'needhelpnow', when: both(inCanada, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'alert', add: 'cavac', when: (f) => f.province === 'qc', because: 'livesInQc'},
  {section: 'alert', add: 'bc-intimate-images-service', when: (f) => f.province === 'bc', because: 'livesInBc'},
  ...Object.entries(PROVINCE_STEPS).flatMap(([province, step]): Rule[] =>
    step.fastOrder ? [] : [{section: 'alert', add: step.contentId, when: (f) => f.province === province, because: 'livesInPlace'}],
  ),
  // Where the province has no body of its own to alert (not given, "other", or only a court route), the
  // victim services of every province and territory.
  {
    section: 'alert',
    add: 'victim-services-ca',
    when: (f) => inCanada(f) && !PROVINCES_WITH_OWN_BODY.has(f.province ?? ''),
    because: 'victimServicesCa',
  },
  ...perCountry((country) => {
    const {imagesOfMinors, adults, everyone} = PLACES[country].alert;
    return [
      ...(imagesOfMinors
        ? [{section: 'alert', add: imagesOfMinors, when: (f: Facts) => livesIn(country)(f) && !madeAdult(f), because: 'madeUnder18OrUnknown'} as Rule]
        : []),
      ...(adults ? [{section: 'alert', add: adults, when: (f: Facts) => livesIn(country)(f) && !nowMinor(f), because: 'livesInPlace'} as Rule] : []),
      ...(everyone ? [{section: 'alert', add: everyone, when: livesIn(country), because: 'livesInPlace'} as Rule] : []),
    ];
  }),
  {section: 'alert', add: 'inhope', when: (f) => elsewhere(f) && online(f) && !madeAdult(f), because: 'madeUnder18OrUnknown'},

  // 7. Stop re-uploads: Take It Down for images made under 18 (first when the age is unknown), StopNCII for
  // images made at 18 or over
  {section: 'reupload', add: 'take-it-down', when: madeMinor, because: 'madeUnder18'},
  {section: 'reupload', add: 'take-it-down', when: madeAgeUnknown, because: 'ageMadeUnknown'},
  {section: 'reupload', add: 'stopncii', when: madeAdult, because: 'madeAdult'},
  {section: 'reupload', add: 'stopncii', when: madeAgeUnknown, because: 'ifAdultInImage'},

  // 8. Search engines
  {section: 'search', add: 'search-removal', when: on('search-engine'), because: 'inSearchResults'},
  {section: 'search', add: 'search-removal', when: on('website', 'adult-site'), because: 'onWebsites'},
  {section: 'search', add: 'search-removal', when: both(online, (f) => f.spreading), because: 'spreading'},
  {section: 'search', add: 'search-removal', when: both(online, (f) => f.fake), because: 'fake'},

  // 9. If nothing happens within one month
  // Where the GDPR applies, the escalation step carries the erasure request that comes before a complaint.
  {section: 'escalate', add: 'cnil-complaint', when: both(inFrance, online), because: 'escalateFr', attach: 'erasure'},
  {section: 'escalate', add: 'escalate-ca', when: both(inCanada, online), because: 'escalateCa'},
  ...perCountry((country) => [
    {
      section: 'escalate',
      add: PLACES[country].escalate,
      when: both(livesIn(country), online),
      because: 'escalateHere',
      ...(PLACES[country].gdpr ? {attach: 'erasure' as const} : {}),
    },
  ]),
  {section: 'escalate', add: 'escalate-other', when: both(elsewhere, online), because: 'escalateOther', attach: 'erasure'},

  // 10. Police and the law
  {section: 'police', add: 'complaint-fr', when: inFrance, because: 'livesInFrance'},
  {section: 'police', add: 'law-fr', when: inFrance, because: 'lawFr'},
  {section: 'police', add: 'police-ca', when: inCanada, because: 'livesInCanada'},
  {section: 'police', add: 'law-ca', when: inCanada, because: 'lawCa'},
  ...perCountry((country) => [
    {section: 'police', add: PLACES[country].police, when: livesIn(country), because: 'livesInPlace'},
    {section: 'police', add: PLACES[country].law, when: livesIn(country), because: 'lawHere'},
  ]),
  {section: 'police', add: 'police-other', when: elsewhere, because: 'policeOther'},

  // 11. Support lines for the person's age (now) and country
  {section: 'support', add: 'support-fr-young', when: both(inFrance, nowMinor), because: 'nowUnder18'},
  {section: 'support', add: 'support-fr-young', when: both(inFrance, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'support', add: 'support-fr-adult', when: both(inFrance, (f) => !nowMinor(f)), because: 'supportAdult'},
  {section: 'support', add: 'support-ca-young', when: both(inCanada, nowMinor), because: 'nowUnder18'},
  {section: 'support', add: 'support-ca-young', when: both(inCanada, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'support', add: 'support-ca-adult', when: both(inCanada, (f) => !nowMinor(f)), because: 'supportAdult'},
  ...perCountry((country) => [
    {section: 'support', add: PLACES[country].support.young, when: both(livesIn(country), nowMinor), because: 'nowUnder18'},
    {section: 'support', add: PLACES[country].support.young, when: both(livesIn(country), nowAgeUnknown), because: 'ageNowUnknown'},
    {section: 'support', add: PLACES[country].support.adult, when: both(livesIn(country), (f) => !nowMinor(f)), because: 'supportAdult'},
  ]),
  {section: 'support', add: 'support-other-young', when: both(elsewhere, nowMinor), because: 'nowUnder18'},
  {section: 'support', add: 'support-other-young', when: both(elsewhere, nowAgeUnknown), because: 'ageNowUnknown'},
  {section: 'support', add: 'support-other', when: both(elsewhere, (f) => !nowMinor(f)), because: 'supportOther'},
];
