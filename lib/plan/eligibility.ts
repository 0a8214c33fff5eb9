// Whom a service, body, line or letter serves, as data next to the source that states it (content frontmatter,
// lib/report/notices.ts), and whether it serves one person. The rule table and "right now" only place an item,
// and only tap a number or a link, whose eligibility holds; the invariants over the answer space check it.
import {AGE_MAX, AGE_MIN, type Consent, type Country, type Province} from '../answers/schema';
import type {Facts} from './facts';

/** A country code, or a Canadian province or territory written `ca-<code>`. */
export type PlaceCode = Country | `ca-${Province}`;

/** Who sends a report or a letter: the person shown, a parent, or someone supporting them. */
export const FILERS = ['person', 'parent', 'supporter'] as const;
export type Filer = (typeof FILERS)[number];

/** Whole years, both ends included. */
export type AgeRange = {min?: number; max?: number};

export type Serves = {
  /** Where it serves; absent: wherever its content file is written for (`countries`). */
  places?: readonly PlaceCode[];
  /** Places among those where it does not work (911 where it is not in service). */
  except?: readonly PlaceCode[];
  /** The age of the person now. */
  ageNow?: AgeRange;
  /** The age of the person in the image (when it was made). */
  ageInImage?: AgeRange;
  /** It needs something already online: the address of a page. */
  published?: boolean;
  /** The answers to the consent question it is for. */
  consent?: readonly Consent[];
  /** Who may file or call: absent, anyone. */
  filedBy?: readonly Filer[];
  /** The page that states whom it serves. */
  source?: string;
};

/** Anything that serves someone: a content entry, one of its phones or links. */
export type Serving = {serves?: Serves};

/** A content entry as far as eligibility goes: where it is written for, whom it serves, its numbers and links. */
export type Eligible = Serving & {
  countries: readonly string[];
  primary?: string;
  phones: readonly (Serving & {number: string; kind: 'call' | 'sms'; line: PhoneLine})[];
  links: readonly (Serving & {id: string})[];
};

/** What kind of line a number is: the emergency number, the police outside emergencies, a crisis line, support, a report line. */
export const PHONE_LINES = ['emergency', 'police', 'crisis', 'support', 'report'] as const;
export type PhoneLine = (typeof PHONE_LINES)[number];

/** The content entries a plan can show, by id: the content library of any locale (their eligibility is the same). */
export type Catalogue = ReadonlyMap<string, Eligible>;

/** The places a person is in: their country ("elsewhere" when not said) and, in Canada, their province. */
export const placesOf = (facts: Pick<Facts, 'country' | 'province'>): PlaceCode[] => {
  const country = facts.country ?? 'other';
  return country === 'ca' && facts.province ? [country, `ca-${facts.province}`] : [country];
};

/** Ages the answers leave possible, as an interval: a given age, or every age the other answer allows. */
export const possibleAgesNow = ({ageMade, ageNow}: Pick<Facts, 'ageMade' | 'ageNow'>): [number, number] =>
  ageNow !== undefined ? [ageNow, ageNow] : [ageMade ?? AGE_MIN, AGE_MAX];
export const possibleAgesInImage = ({ageMade, ageNow}: Pick<Facts, 'ageMade' | 'ageNow'>): [number, number] =>
  ageMade !== undefined ? [ageMade, ageMade] : [AGE_MIN, ageNow ?? AGE_MAX];

const overlaps = ([low, high]: [number, number], range: AgeRange | undefined): boolean =>
  range === undefined || (high >= (range.min ?? AGE_MIN) && low <= (range.max ?? AGE_MAX));

export const filerOf = (facts: Pick<Facts, 'helper'>): Filer => facts.helper ?? 'person';

/**
 * Whether a service can serve this person. An answer not given never rules anything out (an unknown age may be
 * under 18), except the place: a service is only for the places it names.
 */
export const serves = (serving: Serving, facts: Facts, countries: readonly string[] = ['all']): boolean => {
  const rule = serving.serves ?? {};
  const here = placesOf(facts);
  const places: readonly string[] = rule.places ?? countries;
  if (!places.includes('all') && !here.some((place) => places.includes(place))) return false;
  if (rule.except?.some((place) => here.includes(place))) return false;
  if (!overlaps(possibleAgesNow(facts), rule.ageNow)) return false;
  if (!overlaps(possibleAgesInImage(facts), rule.ageInImage)) return false;
  if (rule.published && facts.notOnline) return false;
  if (rule.consent && facts.consent !== undefined && !rule.consent.includes(facts.consent)) return false;
  // A service the person files themselves is still theirs when a parent or supporter fills in: they help.
  if (rule.filedBy && !rule.filedBy.includes(filerOf(facts)) && !rule.filedBy.includes('person')) return false;
  return true;
};

/** Whether a content entry serves this person: where it is written for, and whom it says it serves. */
export const entryServes = (entry: Eligible, facts: Facts): boolean => serves(entry, facts, entry.countries);

/** One tap of a content entry: one of its numbers, or one of its links. */
export type Target = {kind: 'phone'; number: string; sms: boolean} | {kind: 'link'; id: string};

const targetOf = (entry: Eligible, key: string): (Target & Serving) | undefined => {
  const phone = entry.phones.find((candidate) => candidate.number === key);
  if (phone) return {kind: 'phone', number: phone.number, sms: phone.kind === 'sms', ...(phone.serves ? {serves: phone.serves} : {})};
  const link = entry.links.find((candidate) => candidate.id === key);
  return link ? {kind: 'link', id: link.id, ...(link.serves ? {serves: link.serves} : {})} : undefined;
};

/**
 * The tap of a content entry for this person: `wanted` (a number or a link id), else its primary, when it serves
 * them; otherwise its first number of the same kind of line that does, then its first number or link that does.
 * An emergency number is tapped only from a place's emergency step (`emergency`): a police step outside an
 * emergency never dials it. Undefined when nothing in it serves them.
 */
export const tapFor = (
  entry: Eligible,
  facts: Facts,
  {wanted, emergency = false}: {wanted?: string; emergency?: boolean} = {},
): Target | undefined => {
  const allowed = (phone: Eligible['phones'][number]) => emergency || phone.line !== 'emergency';
  const preferred = wanted ?? entry.primary;
  const line = entry.phones.find((phone) => phone.number === preferred)?.line;
  const keys = [
    ...(preferred && !entry.phones.some((phone) => phone.number === preferred && !allowed(phone)) ? [preferred] : []),
    ...entry.phones.filter((phone) => line !== undefined && phone.line === line && allowed(phone)).map((phone) => phone.number),
    ...entry.phones.filter(allowed).map((phone) => phone.number),
    ...entry.links.map((link) => link.id),
  ];
  for (const key of keys) {
    const target = targetOf(entry, key);
    if (target && serves(target, facts)) {
      const {serves: _serves, ...tap} = target;
      return tap;
    }
  }
  return undefined;
};
