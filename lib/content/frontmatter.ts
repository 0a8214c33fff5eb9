// The shape every content file's frontmatter must have; checked when content loads.
import {z} from 'zod';
import {AGE_MAX, AGE_MIN, CONSENTS, COUNTRIES, PROVINCES} from '../answers/schema';
import {FILERS, PHONE_LINES} from '../plan/eligibility';

export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));

// The same country codes as the answers (lib/answers/schema.ts): a content file is for one or more of them.
const ZContentCountry = z.enum(COUNTRIES);

const ZAge = z.int().min(AGE_MIN).max(AGE_MAX);
const ZAgeRange = z
  .strictObject({min: ZAge.optional(), max: ZAge.optional()})
  .refine((range) => range.min !== undefined || range.max !== undefined, 'give min, max or both')
  .refine((range) => (range.min ?? AGE_MIN) <= (range.max ?? AGE_MAX), 'min is above max');

// A place: a country code of the answers, or a Canadian province or territory as `ca-<code>`.
const ZPlaceCode = z.union([z.enum(COUNTRIES), z.templateLiteral(['ca-', z.enum(PROVINCES)])]);

/**
 * Whom a service, a body, a line or one of its numbers or links serves (lib/plan/eligibility.ts), with the page
 * that says so. The plan only shows, and only taps, what serves the person.
 */
export const ZServes = z.strictObject({
  places: z.array(ZPlaceCode).min(1).optional(),
  except: z.array(ZPlaceCode).min(1).optional(),
  ageNow: ZAgeRange.optional(),
  ageInImage: ZAgeRange.optional(),
  published: z.boolean().optional(),
  consent: z.array(z.enum(CONSENTS)).min(1).optional(),
  filedBy: z.array(z.enum(FILERS)).min(1).optional(),
  source: z.url({protocol: /^https$/}),
});

export const ZContentLink = z.object({
  // Stable across locales: the French and English files share link ids, not always URLs
  // (cyberaide.ca and cybertip.ca are the same service in two languages).
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  url: z.url({protocol: /^https$/}),
  serves: ZServes.optional(),
});

// YAML reads an unquoted 3018 as a number; phone fields are text either way.
const text = z.union([z.string(), z.number()]).transform(String);

// What a number dialled in each country looks like: short codes, national and international forms.
export const PHONE_FORMATS = {
  fr: /^(1[0-9]{1,2}|3[0-9]{3}|116[0-9]{3}|0[1-9][0-9]{8}|\+33[1-9][0-9]{8})$/,
  ca: /^([2-9]11|988|[0-9]{5,6}|310[0-9]{4}|1[2-9][0-9]{9}|[2-9][0-9]{9})$/,
  us: /^(911|988|1[2-9][0-9]{9})$/,
  gb: /^(999|112|101|116[0-9]{3}|0800[0-9]{4}|0[1-9][0-9]{8,9}|\+44[1-9][0-9]{8,9}|[6-8][0-9]{4})$/,
  au: /^(000|112|106|13[0-9]{4}|1[38]00[0-9]{6}|0[2-9][0-9]{8}|\+61[2-9][0-9]{8})$/,
  be: /^(1[0-9]{2,3}|116[0-9]{3}|0[1-9][0-9]{7,8}|\+32[1-9][0-9]{7,8})$/,
  ch: /^(1[0-9]{2,3}|116[0-9]{3}|0[1-9][0-9]{8}|\+41[1-9][0-9]{8})$/,
  // Luxembourg numbers have no fixed length and no trunk 0.
  lu: /^(11[23]|116[0-9]{3}|[2-9][0-9]{3,10}|\+352[2-9][0-9]{3,10})$/,
  eu: /^(112|116[0-9]{3})$/,
} as const;

/** A phone line's facts, as the plan, the pages and the PDF use them; each line is written once, in content/phones.yaml. */
export const ZPhoneFields = z.object({
  label: z.string().min(1),
  // The service's short name, said with the number where one tap calls it ("Call Childline, 0800 1111").
  name: z.string().min(1).optional(),
  // Exactly what is dialled: digits, optionally a leading +. Shown as `display` when given.
  number: text.pipe(z.string().regex(/^\+?[0-9]{2,15}$/)),
  display: text.optional(),
  kind: z.enum(['call', 'sms']),
  // What kind of line it is: the emergency number, the police outside emergencies, a crisis line, support, a report line.
  line: z.enum(PHONE_LINES),
  hours: z.string().optional(),
  country: z.enum(Object.keys(PHONE_FORMATS) as [keyof typeof PHONE_FORMATS, ...(keyof typeof PHONE_FORMATS)[]]),
  serves: ZServes.optional(),
});

export const matchesItsCountry = (phone: {number: string; country: keyof typeof PHONE_FORMATS}) => PHONE_FORMATS[phone.country].test(phone.number);
export const NOT_ITS_COUNTRY = {message: "the number does not match its country's format", path: ['number']};

export const ZContentPhone = ZPhoneFields.refine(matchesItsCountry, NOT_ITS_COUNTRY);

const ZPhoneId = z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'expected the id of a line in content/phones.yaml');

/** A phone line of content/phones.yaml, by its id; the label may say what the line is for in this file. */
export const ZPhoneRef = z.union([
  ZPhoneId.transform((ref) => ({ref})),
  z.strictObject({ref: ZPhoneId, label: z.string().min(1).optional()}),
]);

export const ZContentSource = z.object({
  title: z.string().min(1),
  url: z.url({protocol: /^https$/}),
});

// The step's title and summary in the voice of a parent, or of someone supporting the person, where the plan
// is filled in for them: the person's own words ("if someone threatens you") would speak to the wrong reader.
const ZVoice = z.strictObject({title: z.string().min(1).optional(), summary: z.string().min(20).max(320).optional()});

export const ZFrontmatter = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  countries: z.array(z.union([ZContentCountry, z.literal('all')])).min(1),
  links: z.array(ZContentLink).default([]),
  phones: z.array(ZPhoneRef).default([]),
  reviewed: isoDate,
  sources: z.array(ZContentSource).min(1),
  // Platform guides: the name of the platform's rule to choose when reporting, as the form shows it.
  policy: z.string().min(1).optional(),
  // The step as a plan shows it before anything is unfolded: what to do and why, in one or two sentences.
  summary: z.string().min(20).max(320).optional(),
  // The step's one primary action: one of this file's link ids or phone ids.
  primary: z.string().optional(),
  serves: ZServes.optional(),
  voices: z.strictObject({parent: ZVoice.optional(), supporter: ZVoice.optional()}).optional(),
}).superRefine((data, context) => {
  const known = [...data.links.map((link) => link.id), ...data.phones.map((phone) => phone.ref)];
  if (data.primary !== undefined && !known.includes(data.primary))
    context.addIssue({code: 'custom', path: ['primary'], message: `"${data.primary}" is not one of this file's link ids or phone ids`});
  // Whom it serves is stated by one of the file's own sources (a phone line's, by content/phones.yaml's source).
  const sources = new Set(data.sources.map((source) => source.url));
  const stated: {path: (string | number)[]; serves: {source: string} | undefined}[] = [
    {path: ['serves'], serves: data.serves},
    ...data.links.map((link, index) => ({path: ['links', index, 'serves'], serves: link.serves})),
  ];
  for (const {path, serves} of stated)
    if (serves && !sources.has(serves.source))
      context.addIssue({code: 'custom', path: [...path, 'source'], message: `"${serves.source}" is not one of this file's sources`});
});

export type TFrontmatter = z.infer<typeof ZFrontmatter>;
export type TContentLink = z.infer<typeof ZContentLink>;
export type TContentPhone = z.infer<typeof ZContentPhone>;
export type TPhoneRef = z.infer<typeof ZPhoneRef>;
