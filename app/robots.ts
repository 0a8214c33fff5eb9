// Guides and help pages may be indexed; pages that carry a person's answers may not.
import type {MetadataRoute} from 'next';
import {configuredOrigin} from '@/app/_server/site-origin';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{userAgent: '*', allow: '/', disallow: ['/*/plan', '/*/check', '/*/questions/*?', '/api/']}],
    sitemap: new URL('/sitemap.xml', configuredOrigin()).toString(),
  };
}
