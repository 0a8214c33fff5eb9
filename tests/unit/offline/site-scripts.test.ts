// The service worker keeps the site's static scripts with the pages it keeps for everyone: a page read offline
// must still leave at once, hold its "Continue" and run its framework at the first touch.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {BUILT_SCRIPTS, SITE_SCRIPTS} from '@/lib/offline-pages';

describe('the static scripts kept offline', () => {
  it('are every script of public/ but the service worker itself', () => {
    // The built ones are there only after a build: they are compared with what the build writes, below.
    const scripts = readdirSync('public')
      .filter((name) => name.endsWith('.js') && name !== 'sw.js')
      .map((name) => `/${name}`)
      .filter((script) => !BUILT_SCRIPTS.includes(script));
    expect(SITE_SCRIPTS.filter((script) => !BUILT_SCRIPTS.includes(script)).sort()).toEqual(scripts.sort());
  });

  it('hold the scripts the build writes into public/, which git does not keep', () => {
    const written = [...readFileSync('scripts/build-plan-early.mjs', 'utf8').matchAll(/'public(\/[\w-]+\.js)'/g)].map(([, path]) => path);
    expect(written.sort()).toEqual([...BUILT_SCRIPTS].sort());
    const ignored = readFileSync('.gitignore', 'utf8').split('\n');
    for (const script of BUILT_SCRIPTS) expect(ignored).toContain(`public${script}`);
  });
});
