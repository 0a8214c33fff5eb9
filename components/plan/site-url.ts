// The site's public origin, for links printed in a PDF or shown for sharing.
// SITE_URL wins (set it behind a proxy); otherwise the request's own host.
import {headers} from 'next/headers';

const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

export const siteOrigin = async (): Promise<string> => {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/+$/, '');
  const list = await headers();
  const host = list.get('host') ?? 'localhost:3000';
  const proto = list.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${SAFE_HOST.test(host) ? host : 'localhost:3000'}`;
};
