// Metadata shared by every indexable page: canonical URL, hreflang alternates, a small social preview.
import type {Metadata} from 'next';
import {normalizeSiteUrl} from '@/lib/site-url';

type Options = {locale: string; path: string; title: string; description: string};

export const localizedMetadata = ({locale, path, title, description}: Options): Metadata => ({
  title,
  description,
  alternates: {
    canonical: `/${locale}${path}`,
    languages: {fr: `/fr${path}`, en: `/en${path}`, 'x-default': `/fr${path}`},
  },
  openGraph: {
    title,
    description,
    type: 'website',
    locale: locale === 'fr' ? 'fr_FR' : 'en_CA',
    images: [{url: '/og.png', width: 1200, height: 630, alt: ''}],
  },
});

/** The public origin used for absolute URLs in metadata and the sitemap (see lib/site-url.ts). */
export const siteUrl = (): URL => new URL(normalizeSiteUrl(process.env.SITE_URL));
