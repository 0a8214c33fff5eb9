import {expect, it} from 'vitest';
import {DEFAULT_SITE_URL, normalizeSiteUrl} from '@/lib/site-url';

it('keeps only the origin of SITE_URL, and falls back to the local default', () => {
  expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
  expect(normalizeSiteUrl('https://example.org:8443/some/path?x=1')).toBe('https://example.org:8443');
  expect(normalizeSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  expect(normalizeSiteUrl('')).toBe(DEFAULT_SITE_URL);
});

it('refuses an address that is not http(s), so the build fails rather than print it', () => {
  expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow(/http/);
  expect(() => normalizeSiteUrl('not a url')).toThrow();
});
