// The site's public origin, for links printed in a PDF or shown for sharing: the build's SITE_URL
// (lib/site-url.ts), never the request's Host header.
import {normalizeSiteUrl} from '@/lib/site-url';

export const siteOrigin = (): string => normalizeSiteUrl(process.env.SITE_URL);
