// Every phone line the content mentions, written once in content/phones.yaml: its number, hours and whom it serves
// are the same wherever it appears, and each line names the official page that states it.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import matter from 'gray-matter';
import {z} from 'zod';
import {LOCALES} from '../../i18n/locales';
import {isoDate, matchesItsCountry, NOT_ITS_COUNTRY, ZPhoneFields, type TContentPhone} from './frontmatter';
import {ContentError} from './content-error';

export const PHONES_FILE = 'phones.yaml';

// Text said in each locale's words, or one text for all (a name that is not translated).
const ZLocalized = z.union([z.string().min(1), z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>)]);

const ZRegistryPhone = ZPhoneFields.extend({
  label: ZLocalized,
  name: ZLocalized.optional(),
  display: ZLocalized.optional(),
  hours: ZLocalized.optional(),
  // The official page that states the number (and its hours, where given).
  source: z.url({protocol: /^https$/}),
  reviewed: isoDate,
})
  .strict()
  .refine(matchesItsCountry, NOT_ITS_COUNTRY);

const ZPhoneRegistry = z.record(z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'expected <country>-<number>, e.g. fr-3018'), ZRegistryPhone).superRefine((registry, context) => {
  for (const [id, phone] of Object.entries(registry))
    if (!id.startsWith(`${phone.country}-`)) context.addIssue({code: 'custom', path: [id], message: `the id of a ${phone.country} line starts with "${phone.country}-"`});
});

export type RegistryPhone = z.infer<typeof ZRegistryPhone>;
export type PhoneRegistry = ReadonlyMap<string, RegistryPhone>;

/** content/phones.yaml; a content root without one (a test's) has no phone lines. */
export const loadPhoneRegistry = (contentRoot: string): PhoneRegistry => {
  const path = join(contentRoot, PHONES_FILE);
  if (!existsSync(path)) return new Map();
  let data: unknown;
  try {
    // gray-matter's YAML reader, the same as the content files': the registry is a frontmatter with no body.
    data = matter(`---\n${readFileSync(path, 'utf8')}\n---\n`, {}).data;
  } catch (error) {
    throw new ContentError(`${PHONES_FILE}: not valid YAML (${(error as Error).message})`);
  }
  const result = ZPhoneRegistry.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ContentError(`${PHONES_FILE}: invalid phone line\n  ${problems.join('\n  ')}`);
  }
  return new Map(Object.entries(result.data));
};

const inLocale = (text: z.infer<typeof ZLocalized>, locale: string): string => {
  if (typeof text === 'string') return text;
  const said = (text as Record<string, string>)[locale];
  if (said === undefined) throw new ContentError(`${PHONES_FILE}: no text in "${locale}"`);
  return said;
};

/** The line as a content entry shows it, in a locale's words. */
export const phoneInLocale = (phone: RegistryPhone, locale: string, label?: string): TContentPhone => {
  const {source: _source, reviewed: _reviewed, name, display, hours, ...facts} = phone;
  return {
    ...facts,
    label: label ?? inLocale(phone.label, locale),
    ...(name === undefined ? {} : {name: inLocale(name, locale)}),
    ...(display === undefined ? {} : {display: inLocale(display, locale)}),
    ...(hours === undefined ? {} : {hours: inLocale(hours, locale)}),
  };
};
