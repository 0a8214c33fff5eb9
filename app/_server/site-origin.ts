// The site's public origin, for absolute links: the share link, the PDF's printed link and QR code, the calendar,
// the metadata and the sitemap. Fixed at build time from SITE_URL (lib/site-url.ts), never taken from a request's
// Host header, which the client chooses.
import {normalizeSiteUrl} from '@/lib/site-url';

export const siteOrigin = (): string => normalizeSiteUrl(process.env.SITE_URL);

/** The same origin as a URL, for metadata, the sitemap and robots.txt. */
export const configuredOrigin = (): URL => new URL(siteOrigin());
