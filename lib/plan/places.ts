// What each place the plan covers offers, as data: one row per country code of the answers ("elsewhere"
// included) and one per Canadian province or territory, read by the rule table (lib/plan/rules.ts), "right now"
// (lib/plan/now.ts) and the directory. A row lists content ids; whom each one serves (ages, published content,
// places) is in its content file's frontmatter, with its source, and the plan only shows what serves the person.
import type firstLocaleMessages from '../../messages/fr.json';
import type {Country, Province} from '../answers/schema';
import type {Facts} from './facts';

/** A reason shown to the person: a key of `Reasons` in the messages. */
export type ReasonKey = keyof (typeof firstLocaleMessages)['Reasons'];

/**
 * A content id; or with the reason the plan gives for it when the general one of its section does not say
 * enough, and when it is relevant if not always (who it serves is in its content file).
 */
export type Route = string | {id: string; because?: ReasonKey | ((facts: Facts) => ReasonKey); when?: (facts: Facts) => boolean};

/** Whom to reach first in "right now": the first entry of the list for the person's age group that serves them. */
export type NowChoice = {young: readonly string[]; adult: readonly string[]};

export type PlaceRoutes = {
  /** In danger: the emergency step, whose tap for the person is also the first action of "right now". */
  emergency: string;
  /** The suicide and crisis line, wherever there are threats or danger; its tap fits the person's age. */
  crisis: string;
  /** The place's own steps when someone threatens or blackmails. */
  threats: readonly Route[];
  /** Court or tribunal orders usable right away, not only after a month. */
  order: readonly Route[];
  /** Steps of the report section every plan there has (the US TAKE IT DOWN Act's 48 hours). */
  report: readonly Route[];
  /** Trusted bodies to alert. */
  alert: readonly Route[];
  /** What to do if nothing happens after a month. */
  escalate: readonly Route[];
  /** The police, then the law. */
  police: readonly Route[];
  /** Someone to talk to. */
  support: readonly Route[];
  now: {threats: NowChoice; body: NowChoice};
};

const law = (id: string): Route => ({id, because: 'lawHere'});

// The 3018 is first for young people and their parents; an adult may call it too.
const about3018 = (f: Facts): ReasonKey =>
  f.nowUnder18 === 'yes' ? 'nowUnder18' : f.madeUnder18 === 'yes' ? 'madeUnder18' : f.madeUnder18 === 'unknown' ? 'ageMadeUnknown' : 'adultMay3018';

export const PLACES: Record<Country, PlaceRoutes> = {
  fr: {
    emergency: 'emergency-fr',
    crisis: 'crisis-fr',
    threats: ['sextortion-fr'],
    order: [],
    report: [],
    // PHAROS for images that may show a minor; for adults, Point de Contact first.
    alert: ['point-de-contact', {id: 'pharos', when: (f) => f.madeUnder18 !== 'no'}, {id: '3018', because: about3018}],
    escalate: [{id: 'cnil-complaint', because: 'escalateFr'}],
    police: ['complaint-fr', law('law-fr')],
    support: ['support-fr-young', 'support-fr-adult'],
    now: {threats: {young: ['3018'], adult: ['sextortion-fr']}, body: {young: ['3018', 'point-de-contact'], adult: ['point-de-contact']}},
  },
  ca: {
    emergency: 'emergency-ca',
    crisis: 'crisis-ca',
    threats: ['sextortion-ca'],
    order: [],
    report: [],
    alert: ['cybertip', {id: 'needhelpnow', because: 'youngCanada'}, {id: 'victim-services-ca', because: 'victimServicesCa'}],
    escalate: ['escalate-ca'],
    police: ['police-ca', law('law-ca')],
    support: ['support-ca-young', 'support-ca-adult'],
    now: {threats: {young: ['cybertip'], adult: ['cybertip', 'sextortion-ca']}, body: {young: ['cybertip'], adult: ['cybertip']}},
  },
  be: {
    emergency: 'emergency-be',
    crisis: 'crisis-be',
    threats: [],
    order: [],
    report: [],
    alert: ['child-focus', 'iefh'],
    escalate: ['escalate-be'],
    police: ['police-be', law('law-be')],
    support: ['support-be-young', 'support-be-adult'],
    now: {threats: {young: ['child-focus'], adult: ['police-be']}, body: {young: ['child-focus'], adult: ['iefh']}},
  },
  ch: {
    emergency: 'emergency-ch',
    crisis: 'crisis-ch',
    threats: [],
    order: [],
    report: [],
    alert: ['clickandstop'],
    escalate: ['escalate-ch'],
    police: ['police-ch', law('law-ch')],
    support: ['support-ch-young', 'support-ch-adult'],
    now: {threats: {young: ['support-ch-young', 'clickandstop'], adult: ['support-ch-adult']}, body: {young: ['clickandstop'], adult: []}},
  },
  lu: {
    emergency: 'emergency-lu',
    crisis: 'crisis-lu',
    threats: [],
    order: [],
    report: [],
    alert: ['bee-secure'],
    escalate: ['escalate-lu'],
    police: ['police-lu', law('law-lu')],
    support: ['support-lu-young', 'support-lu-adult'],
    now: {threats: {young: ['bee-secure'], adult: ['police-lu']}, body: {young: ['bee-secure'], adult: ['bee-secure']}},
  },
  gb: {
    emergency: 'emergency-gb',
    crisis: 'crisis-gb',
    threats: [],
    order: [],
    report: [],
    alert: ['report-remove', 'iwf-report', 'revenge-porn-helpline'],
    escalate: ['escalate-gb'],
    police: ['police-gb', law('law-gb')],
    support: ['support-gb-young', 'support-gb-adult'],
    now: {
      threats: {young: ['support-gb-young'], adult: ['revenge-porn-helpline']},
      body: {young: ['report-remove', 'iwf-report'], adult: ['iwf-report', 'revenge-porn-helpline']},
    },
  },
  us: {
    emergency: 'emergency-us',
    crisis: 'crisis-us',
    threats: [],
    order: [],
    report: [{id: 'take-it-down-act', because: 'takeItDownAct'}],
    alert: ['cybertipline'],
    escalate: ['escalate-us'],
    police: ['police-us', law('law-us')],
    support: ['support-us-young', 'support-us-adult'],
    now: {threats: {young: ['cybertipline'], adult: ['support-us-adult']}, body: {young: ['cybertipline'], adult: ['cybertipline']}},
  },
  au: {
    emergency: 'emergency-au',
    crisis: 'crisis-au',
    threats: [],
    order: [],
    report: [],
    alert: ['esafety'],
    escalate: ['escalate-au'],
    police: ['police-au', law('law-au')],
    support: ['support-au-young', 'support-au-adult'],
    now: {threats: {young: ['esafety'], adult: ['esafety']}, body: {young: ['esafety'], adult: ['esafety']}},
  },
  // Anywhere else: routes that work from any country, and no single country's line.
  other: {
    emergency: 'emergency-other',
    crisis: 'crisis-other',
    threats: [],
    order: [],
    report: [],
    alert: ['inhope'],
    escalate: [{id: 'escalate-other', because: 'escalateOther'}],
    police: [{id: 'police-other', because: 'policeOther'}],
    support: ['support-other-young', {id: 'support-other', because: 'supportOther'}],
    now: {threats: {young: ['take-it-down'], adult: ['stopncii']}, body: {young: ['inhope'], adult: []}},
  },
};

/**
 * What a Canadian province or territory changes in Canada's row: its own bodies, its fast orders, its emergency
 * step; and the step that explains its own law (for the law page), when it has one.
 */
export type ProvinceRoutes = Pick<PlaceRoutes, 'alert'> & Partial<Pick<PlaceRoutes, 'order' | 'emergency'>> & {ownLaw?: string};

const CANADA_BODIES: readonly Route[] = ['cybertip', {id: 'needhelpnow', because: 'youngCanada'}];
const withVictimServices = [...CANADA_BODIES, {id: 'victim-services-ca', because: 'victimServicesCa'}] as const satisfies readonly Route[];
const here = (id: string): Route => ({id, because: 'livesInPlace'});
/** A province whose own law is explained by a step of the alert section. */
const lawStep = (id: string): ProvinceRoutes => ({ownLaw: id, alert: [...CANADA_BODIES, here(id)]});

export const PROVINCES_ROUTES: Record<Province, ProvinceRoutes> = {
  qc: {ownLaw: 'qc-court-order', order: [{id: 'qc-court-order', because: 'livesInQc'}], alert: [...CANADA_BODIES, here('cavac')]},
  bc: {
    ownLaw: 'bc-civil-resolution-tribunal',
    order: [{id: 'bc-civil-resolution-tribunal', because: 'livesInBc'}],
    alert: [...CANADA_BODIES, here('bc-intimate-images-service')],
  },
  nb: {ownLaw: 'province-nb', order: [{id: 'province-nb', because: 'fastOrderNb'}], alert: withVictimServices},
  ns: lawStep('ns-cyberscan'),
  mb: lawStep('mb-intimate-images'),
  on: lawStep('province-on'),
  ab: lawStep('province-ab'),
  sk: lawStep('province-sk'),
  nl: lawStep('province-nl'),
  pe: lawStep('province-pe'),
  yt: lawStep('territories-ca'),
  nt: lawStep('territories-ca'),
  // 9-1-1 is not in service across Nunavut: its own emergency step gives the numbers that work there.
  nu: {...lawStep('territories-ca'), emergency: 'emergency-nu'},
  other: {alert: withVictimServices},
};

/** The routes of the person's place: their country's row ("elsewhere" when not said), with their province's changes. */
export const routesFor = ({country, province}: Pick<Facts, 'country' | 'province'>): PlaceRoutes => {
  const place = PLACES[country ?? 'other'];
  if (country !== 'ca' || province === undefined) return place;
  const {alert, order, emergency} = PROVINCES_ROUTES[province];
  return {...place, alert, ...(order ? {order} : {}), ...(emergency ? {emergency} : {})};
};

export const routeId = (route: Route): string => (typeof route === 'string' ? route : route.id);

/** Every content id a place or province names, for the directory and the content tests. */
export const placeContentIds = (routes: PlaceRoutes | ProvinceRoutes): string[] => {
  const lists = Object.values(routes).flatMap((value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return (value as Route[]).map(routeId);
    const now = value as PlaceRoutes['now'];
    return [...now.threats.young, ...now.threats.adult, ...now.body.young, ...now.body.adult];
  });
  return [...new Set(lists)];
};
