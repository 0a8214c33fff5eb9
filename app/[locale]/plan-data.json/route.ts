// GET /{locale}/plan-data.json: the plan's static data for one locale (lib/views/plan-data.ts), made at build time
// and the same for every visitor. The device draws a plan from it and the answers after `#`, which never leave it.
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {planEntryOf} from '@/lib/views/plan-entry';
import {PLAN_NAMESPACES, type PlanData} from '@/lib/views/plan-data';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({locale}));

export const GET = async (_request: Request, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404});
  // Precompiled at build time, as for every page (next.config.ts): the device formats them without a parser.
  const catalogue = (await import(`../../../messages/${locale}.json`)).default as Record<string, unknown>;
  const data: PlanData = {
    locale,
    messages: Object.fromEntries(PLAN_NAMESPACES.map((namespace) => [namespace, catalogue[namespace]])),
    content: [...contentLibrary(locale).values()].map((entry) => planEntryOf(entry)),
  };
  return Response.json(data);
};
