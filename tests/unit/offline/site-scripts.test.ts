// The service worker keeps the site's static scripts with the pages it keeps for everyone: a page read offline
// must still leave at once, hold its "Continue" and run its framework at the first touch.
import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {SITE_SCRIPTS} from '@/lib/offline-pages';

describe('the static scripts kept offline', () => {
  it('are every script of public/ but the service worker itself', () => {
    const scripts = readdirSync('public')
      .filter((name) => name.endsWith('.js') && name !== 'sw.js')
      .map((name) => `/${name}`);
    expect([...SITE_SCRIPTS].sort()).toEqual(scripts.sort());
  });
});
