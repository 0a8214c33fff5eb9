// Metadata shared by every indexable page: canonical URL, hreflang alternates, a small social preview.
import type {Metadata} from 'next';
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS, isLocale} from '@/i18n/locales';
import {linksFor} from '@/lib/links';
import type {PagePath} from '@/lib/pages';

type Options = {locale: string; path: PagePath; title: string; description: string};

export const localizedMetadata = ({locale, path, title, description}: Options): Metadata => ({
  title,
  description,
  alternates: {
    canonical: linksFor(locale).page(path),
    languages: {...Object.fromEntries(LOCALES.map((other) => [other, linksFor(other).page(path)])), 'x-default': linksFor(DEFAULT_LOCALE).page(path)},
  },
  openGraph: {
    title,
    description,
    type: 'website',
    locale: LOCALE_SETTINGS[isLocale(locale) ? locale : DEFAULT_LOCALE].openGraph,
    images: [{url: '/og.png', width: 1200, height: 630, alt: ''}],
  },
});
