// The policy of the plan, one row per rule: which section, what it adds, when it is relevant, and the reason
// shown. Whom each step serves (ages, published content, places) is not here: it is data in each content file
// (lib/plan/eligibility.ts), and the plan builder only places a step whose eligibility holds.
import {PLATFORMS, type Platform, type ThreatChannel} from '../answers/schema';
import type {Facts} from './facts';
import {PLACES, PROVINCES_ROUTES, placeContentIds, routesFor, type PlaceRoutes, type ReasonKey, type Route} from './places';
import type {Because} from './reasons';
import type {SectionId} from './sections';

export type {ReasonKey} from './places';

/** The ready-to-send text a step announces: a platform's report text, or one of the notices (lib/report/notices). */
export type Attachment = 'report-text' | 'host-notice' | 'take-it-down' | 'erasure' | 'copyright';

export type Rule = {
  section: SectionId;
  add: string;
  /** Whether the step is relevant to these answers (whom it serves is checked apart, from its content file). */
  when: (facts: Facts) => boolean;
  /** The reason shown for this step. */
  because?: Because;
  /** Instead of `because`: the reason shown unless the step serves only some ages, when the plan says which answer it depends on. */
  generally?: ReasonKey;
  /** The platform a report item is about. */
  platform?: Platform;
  attach?: Attachment;
};

const madeMinor = (f: Facts) => f.madeUnder18 === 'yes';
const madeAgeUnknown = (f: Facts) => f.madeUnder18 === 'unknown';
const madeAdult = (f: Facts) => f.madeUnder18 === 'no';
const on =
  (...platforms: Platform[]) =>
  (f: Facts) =>
    platforms.some((p) => f.platforms.includes(p));
const both = (a: (f: Facts) => boolean, b: (f: Facts) => boolean) => (f: Facts) => a(f) && b(f);
const always = () => true;
const danger = (f: Facts) => f.danger;
const threatened = (f: Facts) => f.threatened;
// Steps about content that is already online: not yet, when someone only threatens to post.
const online = (f: Facts) => !f.notOnline;

// One row per platform the person named, each with its own guide and a report text; search engines have
// their own section. "I don't know where" gets the guide to finding it, with nothing to report yet.
const PLATFORM_RULES: Rule[] = PLATFORMS.filter((platform) => platform !== 'search-engine').map((platform): Rule =>
  platform === 'unknown'
    ? {section: 'report', add: 'platform-unknown', platform, when: on(platform), because: 'placeUnknown'}
    : platform === 'not-online'
      ? {section: 'report', add: 'platform-not-online', platform, when: on(platform), because: 'notOnlineYet'}
      : {section: 'report', add: `platform-${platform}`, platform, when: on(platform), because: 'platformSelected', attach: 'report-text'},
);

// Where the threats come from: on a platform, its own guide says how to report the account; elsewhere (a game, a
// dating app, text messages, e-mail), one step for all. Reported where it happens, apart from where anything is published.
// "I don't know" (`unknown`) is a code of both vocabularies: it names no place to report.
const isPlatform = (channel: ThreatChannel): channel is ThreatChannel & Platform =>
  channel !== 'unknown' && (PLATFORMS as readonly string[]).includes(channel);
const threatChannelRules = (facts: Facts): Rule[] => [
  ...facts.threatChannels
    .filter(isPlatform)
    .filter((platform) => !facts.platforms.includes(platform))
    .map((platform): Rule => ({section: 'threats', add: `platform-${platform}`, platform, when: threatened, because: 'threatChannelHere'})),
  {
    section: 'threats',
    add: 'threat-channel-other',
    when: (f) => f.threatened && f.threatChannels.some((channel) => channel !== 'unknown' && !(PLATFORMS as readonly string[]).includes(channel)),
    because: 'threatChannelHere',
  },
];

/** Whether a platform gets a ready-to-paste report text (its guide shows one too). */
export const hasReportText = (platform: Platform): boolean =>
  PLATFORM_RULES.some((rule) => rule.platform === platform && rule.attach === 'report-text');

/** A place's route as a rule of one section: relevant `when`, with the route's own reason or, generally, the section's. */
const routeRule =
  (section: SectionId, when: Rule['when'], because: ReasonKey, attach?: Attachment) =>
  (route: Route): Rule => {
    if (typeof route === 'string') return {section, add: route, when, generally: because, ...(attach ? {attach} : {})};
    const relevant = route.when;
    return {
      section,
      add: route.id,
      when: relevant ? (f) => when(f) && relevant(f) : when,
      ...(route.because ? {because: route.because} : {generally: because}),
      ...(attach ? {attach} : {}),
    };
  };

/** The rules of the person's place, section by section (read from the table of places). */
const placeRules = (
  routes: PlaceRoutes,
): Record<'safety' | 'threats' | 'report' | 'order' | 'alert' | 'escalate' | 'police' | 'support', Rule[]> => ({
  // 1. Safety now: the emergency number, and the crisis line
  safety: [routeRule('safety', danger, 'danger')(routes.emergency), routeRule('safety', danger, 'crisisLine')(routes.crisis)],
  // 2. Threats: the place's own steps; sextortion drives some young people to self-harm: name the crisis line
  threats: [
    ...routes.threats.map(routeRule('threats', threatened, 'threatenedHere')),
    routeRule('threats', (f) => f.threatened && !f.danger, 'crisisLine')(routes.crisis),
  ],
  // 4. The US TAKE IT DOWN Act's 48-hour removal duty
  report: routes.report.map(routeRule('report', always, 'livesInPlace', 'take-it-down')),
  // 5. Orders a court or tribunal can make quickly: usable now, not only after a month
  order: routes.order.map(routeRule('order', always, 'livesInPlace')),
  // 6. Trusted bodies
  alert: routes.alert.map(routeRule('alert', always, 'livesInPlace')),
  // 9. If nothing happens within one month; where the GDPR applies, with the erasure request that comes first
  escalate: routes.escalate.map(routeRule('escalate', always, 'escalateHere', 'erasure')),
  // 10. The police and the law
  police: routes.police.map(routeRule('police', always, 'livesInPlace')),
  // 11. Someone to talk to, for the person's age now
  support: routes.support.map(routeRule('support', always, 'supportAdult')),
});

/** The rules for these answers, in the order steps appear within each section. */
export const rulesFor = (facts: Facts): Rule[] => {
  const place = placeRules(routesFor(facts));
  return [
    // 0. For the parent or the person who supports them: what helps most, and how to share the plan safely
    {section: 'helper', add: 'helper-parent', when: (f) => f.helper === 'parent', because: 'helperParent'},
    {section: 'helper', add: 'helper-worker', when: (f) => f.helper === 'supporter', because: 'helperWorker'},
    ...place.safety,
    {section: 'threats', add: 'sextortion', when: threatened, because: 'threatened'},
    ...place.threats,
    ...threatChannelRules(facts),
    // 3. Evidence: never keep copies of an image made under 18, even as evidence
    {section: 'evidence', add: 'evidence-minor', when: madeMinor, because: 'madeUnder18'},
    {section: 'evidence', add: 'evidence-minor', when: madeAgeUnknown, because: 'ageMadeUnknown'},
    {section: 'evidence', add: 'evidence-adult', when: madeAdult, because: 'evidenceFirst'},
    // 4. Reporting. Content the person posted: first delete one's own posts, then act on the copies others made.
    {section: 'report', add: 'own-posts', when: (f) => f.consent === 'self-published' && online(f), because: 'selfPublished'},
    // The strongest lever for an image the person made: a copyright notice, usually handled fastest.
    {section: 'report', add: 'copyright-notice', when: (f) => f.ownsCopyright, because: 'madeItYourself', attach: 'copyright'},
    // One item per platform, then the notice to a host the EU's Digital Services Act gives everyone in the EU
    // (its content file says where it serves)
    ...PLATFORM_RULES,
    {
      section: 'report',
      add: 'host-notice',
      when: online,
      because: (f) => (f.country === 'fr' ? 'hostNoticeFr' : 'hostNoticeEu'),
      attach: 'host-notice',
    },
    // A fake: the app, site or bot that made it is reported too.
    {section: 'report', add: 'deepfake-tool', when: (f) => f.fake, because: 'fake'},
    ...place.report,
    ...place.order,
    ...place.alert,
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
    ...place.escalate,
    ...place.police,
    ...place.support,
  ];
};

/** Every content id a plan can show, whatever the answers. */
export const allRuleContentIds = (): string[] => {
  const common = rulesFor({
    country: undefined,
    province: undefined,
    platforms: [...PLATFORMS],
    ageMade: undefined,
    ageNow: undefined,
    madeUnder18: 'unknown',
    nowUnder18: 'unknown',
    consent: undefined,
    danger: true,
    threatened: true,
    spreading: true,
    fake: true,
    notOnline: false,
    threatChannels: ['game'],
    helper: undefined,
    ownsCopyright: true,
  }).map((rule) => rule.add);
  const places = [...Object.values(PLACES), ...Object.values(PROVINCES_ROUTES)].flatMap((routes) => placeContentIds(routes));
  return [...new Set([...common, 'helper-parent', 'helper-worker', 'evidence-adult', ...places])];
};
