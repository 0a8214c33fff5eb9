// The site's public origin, for absolute links: the share link, the PDF's printed link and QR code, the calendar,
// the metadata and the sitemap. SITE_URL wins (set it behind a proxy); otherwise the request's own host.
import {headers} from 'next/headers';

const FALLBACK = 'http://localhost:3000';
const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** The configured origin, for what is built without a request (metadata, sitemap, robots.txt). */
export const configuredOrigin = (): URL => new URL(process.env.SITE_URL ?? FALLBACK);

/** The origin of the current request, for links printed or shared from it. */
export const siteOrigin = async (): Promise<string> => {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/+$/, '');
  const list = await headers();
  const host = list.get('host') ?? '';
  const proto = list.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return SAFE_HOST.test(host) ? `${proto}://${host}` : FALLBACK;
};
