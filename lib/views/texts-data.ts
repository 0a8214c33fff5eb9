// The words of the plan's companions for one locale, the same for every visitor: what the device needs, beyond the
// plan's data (lib/views/plan-data.ts), to write the report texts, the letters, the calendar file and the PDF's
// words from the answers after `#`. Some
// texts are offered in English too (many platforms' forms are in English), so a locale's file also carries those
// namespaces in English, and each platform's rule in both. Made at build time by
// app/[locale]/texts-data.json/route.ts; fetched only when a page of texts or letters is opened, or a file made.
import type {Namespace} from './words';

/** The namespaces the texts and the letters ask for beyond the plan's (unit tests check they ask for no other). */
export const TEXTS_NAMESPACES = [
  'ReportText',
  'NoticePage',
  'HostNotice',
  'PlatformComplaint',
  'TakeItDown',
  'Erasure',
  'Copyright',
  // The calendar file and the PDF fiche.
  'Reminders',
  'Pdf',
  'Meta',
] as const satisfies readonly Namespace[];

export type TextsData = {
  locale: string;
  messages: Record<string, unknown>;
  /** The same namespaces in English, for the locales that are not English. */
  english?: Record<string, unknown>;
  /** Each platform's rule, as its content entry names it: in the locale, and in English. */
  policies: Record<string, string>;
  englishPolicies: Record<string, string>;
};

export const textsDataPath = (locale: string) => `/${locale}/texts-data.json`;
