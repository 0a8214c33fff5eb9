// The directory of help, the law and content pages, and the list of public (answer-independent) pages.
import {COUNTRIES, PLATFORMS, PROVINCES, type Country, type Province} from '../answers/schema';
import {referencedContentIds} from '../plan/build-plan';
import {PLACES, PROVINCES_ROUTES, placeContentIds, routeId} from '../plan/places';
import {NOTICE_SERVES} from '../report/notices';
import {pagesWhere, pathsOf, segmentOf, type PagePath} from '../pages';

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

// Services listed everywhere but in the provinces' own pages (Canada's page has them).
const EVERYWHERE = ['stopncii', 'take-it-down'];

/** Each content id a place names, with every region that names it (a province lists only what Canada does not). */
const placeEntries = (): {id: string; regions: Region[]}[] => {
  const regions = new Map<string, Region[]>();
  const add = (region: Region, ids: readonly string[]) => {
    for (const id of ids) if (!EVERYWHERE.includes(id)) regions.set(id, [...(regions.get(id) ?? []), region]);
  };
  for (const country of COUNTRIES)
    add(
      country,
      placeContentIds(PLACES[country]).filter((id) => !LAW_STEPS.has(id)),
    );
  const canada = new Set(placeContentIds(PLACES.ca));
  for (const province of PROVINCES)
    if (province !== 'other')
      add(
        `ca-${province}`,
        placeContentIds(PROVINCES_ROUTES[province]).filter((id) => !canada.has(id)),
      );
  return [...regions].map(([id, listed]) => ({id, regions: listed}));
};

// The law itself has pages of its own (LAW_PAGES), not entries in the directory of help.
const LAW_STEPS = new Set(COUNTRIES.flatMap((country) => PLACES[country].police.map(routeId).filter((id) => id.startsWith('law-'))));

export const DIRECTORY: readonly {id: string; regions: readonly Region[]}[] = [
  ...placeEntries(),
  ...EVERYWHERE.map((id) => ({id, regions: REGIONS.filter((region) => !region.startsWith('ca-'))})),
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
const LAW_COUNTRIES = COUNTRIES.filter((country): country is LawCountry => country !== 'other');

/** A country's law page: its police and law steps, the EU notice where it applies, its provinces' own laws, what to do after a month. */
const lawPage = (country: LawCountry): readonly string[] => {
  const place = PLACES[country];
  const provinces = country === 'ca' ? PROVINCES.flatMap((province) => PROVINCES_ROUTES[province].ownLaw ?? []) : [];
  const notice = NOTICE_SERVES['host-notice'].places?.includes(country) ? ['host-notice'] : [];
  // The law itself first, then the police.
  const police = place.police.map(routeId).sort((a, b) => Number(b.startsWith('law-')) - Number(a.startsWith('law-')));
  return [...new Set([...police, ...notice, ...provinces, ...place.escalate.map(routeId)])];
};

export const LAW_PAGES = Object.fromEntries(LAW_COUNTRIES.map((country) => [country, lawPage(country)])) as unknown as Record<
  LawCountry,
  readonly string[]
>;

/** The content entry of each platform's public guide. */
export const guideContentId = (platform: string): string => (platform === 'search-engine' ? 'search-removal' : `platform-${platform}`);

/** The plan's steps that have a page of their own under /help (platform steps link to their guide instead). */
export const helpPageIds = (): string[] => referencedContentIds().filter((id) => !id.startsWith('platform-'));

/** The values of each page's segment (lib/pages.ts): one page per platform, region, law, step and place. */
const SEGMENT_VALUES = {
  platform: PLATFORMS,
  region: REGIONS,
  country: Object.keys(LAW_PAGES),
  id: helpPageIds(),
  place: COUNTRIES,
};

/** Every static page in the sitemap, without its locale prefix (it does not depend on answers). */
export const PUBLIC_PATHS: readonly PagePath[] = pagesWhere((page) => page.rendering === 'static' && page.indexed === true).flatMap((page) =>
  pathsOf(page.path, SEGMENT_VALUES),
);

/** Public entry points that are rendered per request (they read the query) but indexable without one. */
export const PUBLIC_DYNAMIC_PATHS: readonly PagePath[] = pagesWhere((page) => page.rendering === 'per-request').flatMap((page) =>
  Array.isArray(page.indexed) ? pathsOf(page.path, {[segmentOf(page.path) ?? '']: page.indexed}) : [],
);
