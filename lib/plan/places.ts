// What each country the plan covers offers, as data: one entry per country code, read by the rule table
// (lib/plan/rules.ts) and the "right now" column (lib/plan/now.ts). France and Canada have rules of their own
// on top of this, because their routes depend on more than age (a province, a trusted flagger, a fast order).
import type {Country, Province} from '../answers/schema';

export type PlaceRoutes = {
  /** The emergency numbers, and the one to tap first when someone is in danger. */
  emergency: {contentId: string; call: string};
  /** The suicide and crisis line, named wherever there are threats or danger. */
  crisis: string;
  /** Bodies to alert: for images made under 18 (or an unknown age), for adults, or for everyone. */
  alert: {imagesOfMinors?: string; adults?: string; everyone?: string};
  /** Services for people under 18 now, and for adults. */
  support: {young: string; adult: string};
  police: string;
  law: string;
  /** What to do if nothing happens after a month. */
  escalate: string;
  /** Whether the EU's Digital Services Act notice to a host applies there. */
  euHostNotice: boolean;
  /** Whether a data-protection erasure request applies there (the EU's GDPR, or the UK's). */
  gdpr: boolean;
  /** Steps every plan there includes in the report section (the US TAKE IT DOWN Act's 48-hour duty). */
  report?: string[];
  /** "Right now" when someone is threatened: the first service to reach, for a young person and for an adult. */
  threats: {young: string; adult: string};
};

/** The countries with routes of their own in this table (France and Canada have dedicated rules too). */
export type PlaceCountry = Exclude<Country, 'other'>;

export const PLACES: Record<PlaceCountry, PlaceRoutes> = {
  fr: {
    emergency: {contentId: 'emergency-fr', call: '17'},
    crisis: 'crisis-fr',
    alert: {},
    support: {young: 'support-fr-young', adult: 'support-fr-adult'},
    police: 'complaint-fr',
    law: 'law-fr',
    escalate: 'cnil-complaint',
    euHostNotice: true,
    gdpr: true,
    threats: {young: '3018', adult: 'sextortion-fr'},
  },
  ca: {
    emergency: {contentId: 'emergency-ca', call: '911'},
    crisis: 'crisis-ca',
    alert: {},
    support: {young: 'support-ca-young', adult: 'support-ca-adult'},
    police: 'police-ca',
    law: 'law-ca',
    escalate: 'escalate-ca',
    euHostNotice: false,
    gdpr: false,
    threats: {young: 'cybertip', adult: 'sextortion-ca'},
  },
  be: {
    emergency: {contentId: 'emergency-be', call: '112'},
    crisis: 'crisis-be',
    alert: {imagesOfMinors: 'child-focus', adults: 'iefh'},
    support: {young: 'support-be-young', adult: 'support-be-adult'},
    police: 'police-be',
    law: 'law-be',
    escalate: 'escalate-be',
    euHostNotice: true,
    gdpr: true,
    threats: {young: 'child-focus', adult: 'police-be'},
  },
  ch: {
    emergency: {contentId: 'emergency-ch', call: '117'},
    crisis: 'crisis-ch',
    alert: {imagesOfMinors: 'clickandstop'},
    support: {young: 'support-ch-young', adult: 'support-ch-adult'},
    police: 'police-ch',
    law: 'law-ch',
    escalate: 'escalate-ch',
    euHostNotice: false,
    gdpr: false,
    threats: {young: 'clickandstop', adult: 'support-ch-adult'},
  },
  lu: {
    emergency: {contentId: 'emergency-lu', call: '112'},
    crisis: 'crisis-lu',
    alert: {everyone: 'bee-secure'},
    support: {young: 'support-lu-young', adult: 'support-lu-adult'},
    police: 'police-lu',
    law: 'law-lu',
    escalate: 'escalate-lu',
    euHostNotice: true,
    gdpr: true,
    threats: {young: 'bee-secure', adult: 'police-lu'},
  },
  gb: {
    emergency: {contentId: 'emergency-gb', call: '999'},
    crisis: 'crisis-gb',
    alert: {imagesOfMinors: 'report-remove', adults: 'revenge-porn-helpline'},
    support: {young: 'support-gb-young', adult: 'support-gb-adult'},
    police: 'police-gb',
    law: 'law-gb',
    escalate: 'escalate-gb',
    euHostNotice: false,
    gdpr: true,
    threats: {young: 'support-gb-young', adult: 'revenge-porn-helpline'},
  },
  us: {
    emergency: {contentId: 'emergency-us', call: '911'},
    crisis: 'crisis-us',
    alert: {imagesOfMinors: 'cybertipline'},
    support: {young: 'support-us-young', adult: 'support-us-adult'},
    police: 'police-us',
    law: 'law-us',
    escalate: 'escalate-us',
    euHostNotice: false,
    gdpr: false,
    report: ['take-it-down-act'],
    threats: {young: 'cybertipline', adult: 'support-us-adult'},
  },
  au: {
    emergency: {contentId: 'emergency-au', call: '000'},
    crisis: 'crisis-au',
    alert: {everyone: 'esafety'},
    support: {young: 'support-au-young', adult: 'support-au-adult'},
    police: 'police-au',
    law: 'law-au',
    escalate: 'escalate-au',
    euHostNotice: false,
    gdpr: false,
    threats: {young: 'esafety', adult: 'esafety'},
  },
};

/** The countries whose routes come from this table alone; France and Canada keep their own rules. */
export const TABLE_COUNTRIES = ['be', 'ch', 'lu', 'gb', 'us', 'au'] as const satisfies readonly PlaceCountry[];

/** Each Canadian province or territory's own step, and whether it is a fast court route to use now. */
export const PROVINCE_STEPS: Partial<Record<Province, {contentId: string; fastOrder?: boolean}>> = {
  qc: {contentId: 'qc-court-order', fastOrder: true},
  bc: {contentId: 'bc-civil-resolution-tribunal', fastOrder: true},
  nb: {contentId: 'province-nb', fastOrder: true},
  ns: {contentId: 'ns-cyberscan'},
  mb: {contentId: 'mb-intimate-images'},
  on: {contentId: 'province-on'},
  ab: {contentId: 'province-ab'},
  sk: {contentId: 'province-sk'},
  nl: {contentId: 'province-nl'},
  pe: {contentId: 'province-pe'},
  yt: {contentId: 'territories-ca'},
  nt: {contentId: 'territories-ca'},
  nu: {contentId: 'territories-ca'},
};
