// Every answer-independent page in both locales, with its language alternates.
import type {MetadataRoute} from 'next';
import {routing} from '@/i18n/routing';
import {PUBLIC_DYNAMIC_PATHS, PUBLIC_PATHS} from '@/lib/directory/directory';
import {siteUrl} from '@/components/seo';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return [...PUBLIC_PATHS, ...PUBLIC_DYNAMIC_PATHS].flatMap((path) =>
    routing.locales.map((locale) => ({
      url: new URL(`/${locale}${path}`, base).toString(),
      alternates: {languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(`/${other}${path}`, base).toString()]))},
    })),
  );
}
