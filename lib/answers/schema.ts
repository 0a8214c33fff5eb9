// The answers a person gives, as one zod schema shared by the URL parser, the forms and the plan builder.
// zod/mini keeps the question pages' JavaScript small; the API is the same library. Imported as a namespace, so that
// a bundler keeps only what is used (esbuild kept all of zod for `{z}`: scripts/build-plan-early.mjs).
import * as z from 'zod/mini';

// Codes are added, never renamed: the order here is the URL contract's, not the order the question shows.
export const COUNTRIES = ['fr', 'ca', 'other', 'be', 'ch', 'lu', 'gb', 'us', 'au'] as const;
export const PROVINCES = ['qc', 'bc', 'ns', 'mb', 'other', 'on', 'ab', 'sk', 'nb', 'nl', 'pe', 'yt', 'nt', 'nu'] as const;
export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'messenger',
  'whatsapp',
  'tiktok',
  'snapchat',
  'youtube',
  'reddit',
  'telegram',
  'discord',
  'pinterest',
  'twitch',
  'onlyfans',
  'adult-site',
  'website',
  'search-engine',
  'unknown',
  'not-online',
] as const;
/**
 * Where the threats come from, when someone threatens: the platforms where people write to each other, and the
 * channels that are not platforms of the content (a game, a dating app, text messages, e-mail, another app).
 */
export const THREAT_CHANNELS = [
  'snapchat',
  'instagram',
  'whatsapp',
  'messenger',
  'facebook',
  'tiktok',
  'discord',
  'telegram',
  'x',
  'reddit',
  'twitch',
  'onlyfans',
  'game',
  'dating',
  'sms',
  'email',
  'other',
  'unknown',
] as const;
/** Who is filling in the questions: the person themselves (the default), a parent, or someone supporting them. */
export const HELPERS = ['me', 'child', 'supported'] as const;
export const CONSENTS = ['never-agreed', 'sent-privately', 'self-published', 'fake'] as const;
export const SITUATIONS = ['danger', 'threats', 'spreading', 'none'] as const;
/**
 * Who took the photo or filmed the video (for an AI-made image, the photo it was made from): whoever made it
 * holds its copyright, the lever platforms act on fastest. Asked only where it changes the route.
 */
export const MADE_BY = ['self', 'someone-else', 'not-sure'] as const;
export const AGE_MIN = 5;
export const AGE_MAX = 120;

export type Country = (typeof COUNTRIES)[number];
export type Province = (typeof PROVINCES)[number];
export type Platform = (typeof PLATFORMS)[number];
export type Consent = (typeof CONSENTS)[number];
export type Situation = (typeof SITUATIONS)[number];
export type Helper = (typeof HELPERS)[number];
export type ThreatChannel = (typeof THREAT_CHANNELS)[number];
export type MadeBy = (typeof MADE_BY)[number];

export const ZCountry = z.enum(COUNTRIES);
export const ZProvince = z.enum(PROVINCES);
export const ZPlatform = z.enum(PLATFORMS);
export const ZConsent = z.enum(CONSENTS);
export const ZSituation = z.enum(SITUATIONS);
export const ZHelper = z.enum(HELPERS);
export const ZThreatChannel = z.enum(THREAT_CHANNELS);
export const ZMadeBy = z.enum(MADE_BY);
export const ZAge = z.int().check(z.gte(AGE_MIN), z.lte(AGE_MAX));

/** An age as typed in a form or written in a link: up to three digits, within the schema's bounds. */
export const readAge = (text: string): number | undefined => {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  return ZAge.safeParse(Number(trimmed)).data;
};
// The day of the first report, for dated follow-up steps: a real calendar date written YYYY-MM-DD.
export const ZReportDate = z.string().check(
  z.regex(/^20\d\d-\d\d-\d\d$/),
  // zod runs every check, so this one must not assume the pattern above matched.
  z.refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }),
);

export const ZAnswers = z.object({
  who: z.optional(ZHelper),
  country: z.optional(ZCountry),
  province: z.optional(ZProvince),
  platforms: z.array(ZPlatform),
  ageMade: z.optional(ZAge),
  ageNow: z.optional(ZAge),
  consent: z.optional(ZConsent),
  situation: z.array(ZSituation),
  /** Where the threats come from (asked only when someone threatens). */
  threatChannel: z.optional(z.array(ZThreatChannel)),
  /** Who took the photo or filmed the video (asked only for an image online, made at 18 or over). */
  madeBy: z.optional(ZMadeBy),
  reportedOn: z.optional(ZReportDate),
  /** The day each kind of notice was sent, for its clock (lib/plan/clocks.ts). */
  sentOn: z.optional(
    z.object({
      takeItDown: z.optional(ZReportDate),
      erasure: z.optional(ZReportDate),
      cnilMinor: z.optional(ZReportDate),
      platformDecision: z.optional(ZReportDate),
    }),
  ),
});

export type Answers = z.infer<typeof ZAnswers>;

export const EMPTY_ANSWERS: Answers = {platforms: [], situation: []};
