// GET /{locale}/texts-data.json: the words of the report texts and the letters for one locale
// (lib/views/texts-data.ts), made at build time and the same for every visitor. The device writes the texts from it
// and the answers after `#`, which never leave it.
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {TEXTS_NAMESPACES, type TextsData} from '@/lib/views/texts-data';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({locale}));

const catalogue = async (locale: string) => (await import(`../../../messages/${locale}.json`)).default as Record<string, unknown>;

const carried = (messages: Record<string, unknown>) => Object.fromEntries(TEXTS_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));

const policies = (locale: string) =>
  Object.fromEntries([...contentLibrary(locale).values()].flatMap((entry) => (entry.policy ? [[entry.id, entry.policy]] : [])));

export const GET = async (_request: Request, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404});
  // Precompiled at build time, as for every page (next.config.ts): the device formats them without a parser.
  const data: TextsData = {
    locale,
    messages: carried(await catalogue(locale)),
    ...(locale === 'en' ? {} : {english: carried(await catalogue('en'))}),
    policies: policies(locale),
    englishPolicies: policies('en'),
  };
  return Response.json(data);
};
