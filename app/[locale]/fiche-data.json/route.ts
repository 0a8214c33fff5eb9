// GET /{locale}/fiche-data.json: every step's whole text for one locale (lib/views/fiche-data.ts), made at build
// time and the same for every visitor. The device writes the PDF fiche from it and the answers after `#`.
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import type {FicheData} from '@/lib/views/fiche-data';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({locale}));

export const GET = async (_request: Request, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404});
  const data: FicheData = {locale, markdown: Object.fromEntries([...contentLibrary(locale).values()].map((entry) => [entry.id, entry.markdown]))};
  return Response.json(data);
};
