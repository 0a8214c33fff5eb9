// The shape every content file's frontmatter must have; checked when content loads.
import {z} from 'zod';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));

export const ZCountry = z.enum(['fr', 'ca', 'other']);

export const ZContentLink = z.object({
  // Stable across locales: the French and English files share link ids, not always URLs
  // (cyberaide.ca and cybertip.ca are the same service in two languages).
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  url: z.url({protocol: /^https$/}),
});

// YAML reads an unquoted 3018 as a number; phone fields are text either way.
const text = z.union([z.string(), z.number()]).transform(String);

export const ZContentPhone = z.object({
  label: z.string().min(1),
  // Exactly what is dialled: digits, optionally a leading +. Shown as `display` when given.
  number: text.pipe(z.string().regex(/^\+?[0-9]{2,15}$/)),
  display: text.optional(),
  kind: z.enum(['call', 'sms']),
  hours: z.string().optional(),
});

export const ZContentSource = z.object({
  title: z.string().min(1),
  url: z.url({protocol: /^https$/}),
});

export const ZFrontmatter = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  countries: z.array(z.union([ZCountry, z.literal('all')])).min(1),
  links: z.array(ZContentLink).default([]),
  phones: z.array(ZContentPhone).default([]),
  reviewed: isoDate,
  sources: z.array(ZContentSource).min(1),
});

export type TFrontmatter = z.infer<typeof ZFrontmatter>;
export type TContentLink = z.infer<typeof ZContentLink>;
export type TContentPhone = z.infer<typeof ZContentPhone>;
