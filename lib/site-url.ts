// The site's public address, for every absolute link it prints or shows: canonical and hreflang links,
// the sitemap, robots.txt, the share link, the PDF's link and QR code, the calendar file.
// Fixed at build time (SITE_URL during `npm run build`, inlined by next.config.ts), so static pages, the
// sitemap and the pages rendered per request always agree; never taken from a request's Host header, which
// the client chooses.
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The origin of a SITE_URL value (scheme, host and port, no path or trailing slash), or the default. */
export const normalizeSiteUrl = (value: string | undefined): string => {
  if (!value) return DEFAULT_SITE_URL;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  return url.origin;
};
