// The directory of help, the law and content pages, and the list of public (answer-independent) pages.
import {COUNTRIES, PLATFORMS, PROVINCES, type Country, type Province} from '../answers/schema';
import {referencedContentIds} from '../plan/build-plan';
import {PLACES, PROVINCE_STEPS, TABLE_COUNTRIES} from '../plan/places';

// The directory of help: which content entries (bodies, lines, services) are listed for which place.
// Regions nest: a Canada-wide entry is listed on every province's page.
// Derived from the answer codes: a new country or province gets its page by being added there.
export type Region = Exclude<Country, 'other'> | `ca-${Exclude<Province, 'other'>}` | 'other';
export const REGIONS: readonly Region[] = [
  ...COUNTRIES.filter((country) => country !== 'other').flatMap((country): Region[] =>
    country === 'ca' ? ['ca', ...PROVINCES.filter((province) => province !== 'other').map((province): Region => `ca-${province}`)] : [country],
  ),
  'other',
];

export const DIRECTORY: readonly {id: string; regions: readonly Region[]}[] = [
  {id: 'emergency-fr', regions: ['fr']},
  {id: '3018', regions: ['fr']},
  {id: 'point-de-contact', regions: ['fr']},
  {id: 'pharos', regions: ['fr']},
  {id: 'sextortion-fr', regions: ['fr']},
  {id: 'support-fr-young', regions: ['fr']},
  {id: 'support-fr-adult', regions: ['fr']},
  {id: 'crisis-fr', regions: ['fr']},
  {id: 'cnil-complaint', regions: ['fr']},
  {id: 'emergency-ca', regions: ['ca']},
  {id: 'cybertip', regions: ['ca']},
  {id: 'needhelpnow', regions: ['ca']},
  {id: 'sextortion-ca', regions: ['ca']},
  {id: 'support-ca-young', regions: ['ca']},
  {id: 'support-ca-adult', regions: ['ca']},
  {id: 'police-ca', regions: ['ca']},
  {id: 'crisis-ca', regions: ['ca']},
  {id: 'victim-services-ca', regions: ['ca']},
  {id: 'qc-court-order', regions: ['ca-qc']},
  {id: 'cavac', regions: ['ca-qc']},
  {id: 'bc-intimate-images-service', regions: ['ca-bc']},
  {id: 'bc-civil-resolution-tribunal', regions: ['ca-bc']},
  {id: 'ns-cyberscan', regions: ['ca-ns']},
  {id: 'mb-intimate-images', regions: ['ca-mb']},
  {id: 'emergency-other', regions: ['other']},
  {id: 'inhope', regions: ['other']},
  {id: 'support-other', regions: ['other']},
  {id: 'support-other-young', regions: ['other']},
  {id: 'crisis-other', regions: ['other']},
  // Each province's and territory's own step.
  ...Object.entries(PROVINCE_STEPS)
    .filter(([province]) => province !== 'qc' && province !== 'mb')
    .map(([province, step]) => ({id: step.contentId, regions: [`ca-${province}` as Region]})),
  // The countries of the table of places: their emergency and crisis lines, bodies, support and police.
  ...TABLE_COUNTRIES.flatMap((country) => {
    const place = PLACES[country];
    return [
      place.emergency.contentId,
      place.crisis,
      ...Object.values(place.alert),
      place.support.young,
      place.support.adult,
      place.police,
      ...(place.report ?? []),
    ].map((id) => ({id, regions: [country as Region]}));
  }),
  {id: 'stopncii', regions: REGIONS.filter((region) => !region.startsWith('ca-'))},
  {id: 'take-it-down', regions: REGIONS.filter((region) => !region.startsWith('ca-'))},
];

const parentOf = (region: Region): Region | undefined => (region.startsWith('ca-') ? 'ca' : undefined);

/** The content ids listed for a region: its own entries and, for a province, Canada's. */
export const directoryFor = (region: Region): string[] =>
  DIRECTORY.filter((entry) => entry.regions.includes(region) || (parentOf(region) !== undefined && entry.regions.includes(parentOf(region)!))).map(
    (entry) => entry.id,
  );

export const isRegion = (value: string): value is Region => (REGIONS as readonly string[]).includes(value);

/** The static content pages, each rendered from content/{locale}/pages/<id>.md. */
export const CONTENT_PAGES = ['browse-safely', 'privacy', 'accessibility', 'support-workers'] as const;

/** The law pages: which content entries each country's page shows. */
export type LawCountry = Exclude<Country, 'other'>;
export const LAW_PAGES: Record<LawCountry, readonly string[]> = {
  fr: ['law-fr', 'complaint-fr', 'host-notice', 'cnil-complaint'],
  ca: ['law-ca', 'police-ca', ...[...new Set(Object.values(PROVINCE_STEPS).map((step) => step.contentId))], 'escalate-ca'],
  ...(Object.fromEntries(
    TABLE_COUNTRIES.map((country) => [
      country,
      [PLACES[country].law, PLACES[country].police, ...(PLACES[country].euHostNotice ? ['host-notice'] : []), PLACES[country].escalate],
    ]),
  ) as Record<(typeof TABLE_COUNTRIES)[number], string[]>),
};

/** The content entry of each platform's public guide. */
export const guideContentId = (platform: string): string => (platform === 'search-engine' ? 'search-removal' : `platform-${platform}`);

/** The plan's steps that have a page of their own under /help (platform steps link to their guide instead). */
export const helpPageIds = (): string[] => referencedContentIds().filter((id) => !id.startsWith('platform-'));

/** Every page that does not depend on answers, without its locale prefix: static, indexable, offline. */
export const PUBLIC_PATHS: readonly string[] = [
  '',
  '/guides',
  ...PLATFORMS.map((platform) => `/guides/${platform}`),
  '/directory',
  ...REGIONS.map((region) => `/directory/${region}`),
  ...Object.keys(LAW_PAGES).map((country) => `/law/${country}`),
  ...CONTENT_PAGES.map((page) => `/${page}`),
  ...helpPageIds().map((id) => `/help/${id}`),
  '/journal',
];

/** Public entry points that are rendered per request (they read the query) but indexable without one. */
export const PUBLIC_DYNAMIC_PATHS: readonly string[] = ['/questions/who', '/questions/country'];
