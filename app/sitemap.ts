// Every answer-independent page in both locales, with its language alternates.
import type {MetadataRoute} from 'next';
import {routing} from '@/i18n/routing';
import {PUBLIC_DYNAMIC_PATHS, PUBLIC_PATHS} from '@/lib/directory/directory';
import {linksFor} from '@/lib/links';
import {configuredOrigin} from '@/app/_server/site-origin';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = configuredOrigin();
  return [...PUBLIC_PATHS, ...PUBLIC_DYNAMIC_PATHS].flatMap((path) =>
    routing.locales.map((locale) => ({
      url: new URL(linksFor(locale).page(path), base).toString(),
      alternates: {languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(linksFor(other).page(path), base).toString()]))},
    })),
  );
}
