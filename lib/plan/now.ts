// "Right now": the rule table's own column for the top of every plan. At most three actions, in priority order,
// each one short sentence (a message `Now.<id>`) with one tap: a number or link taken from a content file, so
// every number stays sourced, or the plan's own step that explains it.
import type {Platform} from '../answers/schema';
import type {Facts} from './facts';
import {PLACES, TABLE_COUNTRIES, type PlaceCountry} from './places';
import type {ReasonKey} from './rules';
import type {SectionId} from './sections';

export const NOW_LIMIT = 3;

/** Where the action's one tap goes. */
export type NowTap =
  | {kind: 'contact'; contentId: string; /** A link id or a phone number of that content file; omitted: its primary action. */ target?: string}
  | {kind: 'step'; section: SectionId};

export type NowAction = {id: string; tap: NowTap; because: ReasonKey; platform?: Platform};

/** A rule's tap: a fixed place, the report form of the first platform the person named, or a step of the
 * person's country in the table of places (lib/plan/places.ts). */
type RuleTap =
  NowTap | {kind: 'platform-report'} | {kind: 'country'; pick: (country: PlaceCountry, f: Facts) => {contentId: string; target?: string} | undefined};
type NowRule = {id: string; when: (f: Facts) => boolean; tap: RuleTap; because: ReasonKey};

const inFrance = (f: Facts) => f.country === 'fr';
const inCanada = (f: Facts) => f.country === 'ca';
const elsewhere = (f: Facts) => f.country === 'other' || f.country === undefined;
const inTable = (f: Facts) => (TABLE_COUNTRIES as readonly string[]).includes(f.country ?? '');
const youngNowOrUnknown = (f: Facts) => f.nowUnder18 !== 'no' || f.helper === 'parent';
const imageMaybeUnder18 = (f: Facts) => f.madeUnder18 !== 'no';
const imagesMaybeUnder18 = imageMaybeUnder18;
const contact = (contentId: string, target?: string): NowTap => ({kind: 'contact', contentId, ...(target ? {target} : {})});
const step = (section: SectionId): NowTap => ({kind: 'step', section});

/** The first platform the person can report to, in the vocabulary's order. */
const reportablePlatform = (f: Facts): Platform | undefined =>
  f.platforms.find((platform) => platform !== 'unknown' && platform !== 'not-online' && platform !== 'search-engine');

export const NOW_RULES: readonly NowRule[] = [
  // In danger: the emergency number comes before anything else.
  // Nunavut has no 911 everywhere: the plan's safety step says what to do instead.
  {id: 'emergencyOther', when: (f) => f.danger && f.province === 'nu', tap: step('safety'), because: 'danger'},
  {
    id: 'emergency',
    when: (f) => f.danger && !elsewhere(f),
    tap: {kind: 'country', pick: (country) => ({contentId: PLACES[country].emergency.contentId, target: PLACES[country].emergency.call})},
    because: 'danger',
  },
  {id: 'emergencyOther', when: (f) => f.danger && elsewhere(f), tap: step('safety'), because: 'danger'},

  // Blackmail: stop the exchange, reach the service for the person's age, keep links rather than images.
  {id: 'dontPay', when: (f) => f.threatened, tap: step('threats'), because: 'threatened'},
  {id: 'call3018', when: (f) => f.threatened && inFrance(f) && youngNowOrUnknown(f), tap: contact('3018', '3018'), because: 'threatenedFr'},
  {
    id: 'cyber17',
    when: (f) => f.threatened && inFrance(f) && !youngNowOrUnknown(f),
    tap: contact('sextortion-fr', '17cyber'),
    because: 'threatenedFr',
  },
  {
    id: 'cybertipThreats',
    when: (f) => f.threatened && inCanada(f) && (youngNowOrUnknown(f) || imageMaybeUnder18(f)),
    tap: contact('cybertip'),
    because: 'threatenedCa',
  },
  {
    id: 'antifraudCa',
    when: (f) => f.threatened && inCanada(f) && !youngNowOrUnknown(f) && !imageMaybeUnder18(f),
    tap: contact('sextortion-ca'),
    because: 'threatenedCa',
  },
  {
    id: 'threatsHelp',
    when: (f) => f.threatened && inTable(f),
    tap: {
      kind: 'country',
      pick: (country, f) => ({
        contentId: youngNowOrUnknown(f) || imageMaybeUnder18(f) ? PLACES[country].threats.young : PLACES[country].threats.adult,
      }),
    },
    because: 'threatened',
  },
  {
    id: 'takeItDownEarly',
    when: (f) => f.threatened && elsewhere(f) && imageMaybeUnder18(f),
    tap: contact('take-it-down'),
    because: 'madeUnder18OrUnknown',
  },
  {id: 'stopNciiEarly', when: (f) => f.threatened && elsewhere(f) && !imageMaybeUnder18(f), tap: contact('stopncii'), because: 'madeAdult'},
  {id: 'noteLinks', when: (f) => f.threatened && imageMaybeUnder18(f), tap: step('evidence'), because: 'madeUnder18OrUnknown'},

  // Content online: report it where it is, alert the body that can have it removed, stop it coming back.
  {id: 'reportPlatform', when: (f) => reportablePlatform(f) !== undefined, tap: {kind: 'platform-report'}, because: 'platformSelected'},
  {id: 'call3018', when: (f) => inFrance(f) && youngNowOrUnknown(f), tap: contact('3018', '3018'), because: 'nowUnder18'},
  {id: 'pointDeContact', when: (f) => inFrance(f) && !f.notOnline, tap: contact('point-de-contact'), because: 'livesInFrance'},
  {id: 'cybertip', when: (f) => inCanada(f) && imageMaybeUnder18(f), tap: contact('cybertip'), because: 'madeUnder18OrUnknown'},
  {
    id: 'bodyHere',
    when: (f) => inTable(f) && !f.notOnline,
    tap: {
      kind: 'country',
      pick: (country, f) => {
        const {imagesOfMinors, adults, everyone} = PLACES[country].alert;
        const contentId = everyone ?? (imagesMaybeUnder18(f) ? imagesOfMinors : undefined) ?? (f.nowUnder18 !== 'yes' ? adults : undefined);
        return contentId ? {contentId} : undefined;
      },
    },
    because: 'livesInPlace',
  },
  {id: 'takeItDown', when: imageMaybeUnder18, tap: contact('take-it-down'), because: 'madeUnder18OrUnknown'},
  {id: 'stopNcii', when: (f) => f.madeUnder18 === 'no', tap: contact('stopncii'), because: 'madeAdult'},
];

/** The "right now" actions for these answers: the first rules that apply, each action once, at most three. */
export const nowActions = (facts: Facts): NowAction[] => {
  const actions: NowAction[] = [];
  for (const rule of NOW_RULES) {
    if (actions.length >= NOW_LIMIT) break;
    if (
      !rule.when(facts) ||
      actions.some((action) => action.id === rule.id || (action.id.startsWith('emergency') && rule.id.startsWith('emergency')))
    )
      continue;
    if (rule.tap.kind === 'country') {
      const picked = facts.country && facts.country !== 'other' ? rule.tap.pick(facts.country, facts) : undefined;
      if (picked) actions.push({id: rule.id, tap: contact(picked.contentId, picked.target), because: rule.because});
      continue;
    }
    if (rule.tap.kind !== 'platform-report') {
      actions.push({id: rule.id, tap: rule.tap, because: rule.because});
      continue;
    }
    const platform = reportablePlatform(facts);
    if (platform) actions.push({id: rule.id, tap: contact(`platform-${platform}`), because: rule.because, platform});
  }
  return actions;
};

/** Every content id the "right now" actions can point to, for the content tests. */
export const nowContacts = (): {contentId: string; target?: string}[] => [
  ...NOW_RULES.flatMap((rule) =>
    rule.tap.kind === 'contact' ? [{contentId: rule.tap.contentId, ...(rule.tap.target ? {target: rule.tap.target} : {})}] : [],
  ),
  ...(Object.keys(PLACES) as PlaceCountry[]).flatMap((country) => {
    const place = PLACES[country];
    return [
      {contentId: place.emergency.contentId, target: place.emergency.call},
      {contentId: place.threats.young},
      {contentId: place.threats.adult},
      ...Object.values(place.alert).map((contentId) => ({contentId})),
    ];
  }),
];
