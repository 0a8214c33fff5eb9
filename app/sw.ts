/// <reference lib="webworker" />
// The service worker keeps nothing that says what a person read or answered:
// - the same pages for every visitor, kept at install: each locale's home page, its page on browsing safely and
//   its offline page (lib/offline-pages.ts), and the site's small static scripts; never a page because someone
//   opened it;
// - pages kept because the person asked ("keep this plan offline": the plan and the pages its steps link to,
//   in "saved-plans");
// - everything else comes from the network; offline, the kept copy if there is one, else an honest page.
// No IndexedDB, and the copies it keeps lose the server's Date header: no time of reading on the device.
import {CacheFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin} from 'serwist';
import {DEFAULT_LOCALE, isLocale} from '../i18n/locales';
import {PAGES_FOR_EVERYONE, SITE_SCRIPTS} from '../lib/offline-pages';

declare const self: ServiceWorkerGlobalScope & {__SW_MANIFEST: (PrecacheEntry | string)[] | undefined};
/** The build's id, set by scripts/build-sw.mjs: a new build refreshes the precached offline pages. */
declare const BUILD_ID: string;

const SAVED_PLANS = 'saved-plans';

const offlinePage = (url: string) => {
  const prefix = new URL(url).pathname.split('/')[1] ?? '';
  return `/${isLocale(prefix) ? prefix : DEFAULT_LOCALE}/offline`;
};

let serwist: Serwist;

// Offline: a copy the person chose to keep, else one of the pages kept for everyone, else the offline page.
const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({request}) =>
    (await (await caches.open(SAVED_PLANS)).match(request.url)) ??
    (await serwist.matchPrecache(request.url)) ??
    (await serwist.matchPrecache(offlinePage(request.url))),
};

/** Keeps a cache to its newest `maxEntries` entries (a cache lists its entries oldest first). */
const keepNewest = (maxEntries: number): SerwistPlugin => ({
  cacheDidUpdate: async ({cacheName}) => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - maxEntries)).map((key) => cache.delete(key)));
  },
});

/** Only complete answers are kept, without their Date header. */
const withoutDate: SerwistPlugin = {
  cacheWillUpdate: async ({response}) => {
    if (response.status !== 200) return null;
    const headers = new Headers(response.headers);
    headers.delete('date');
    return new Response(await response.blob(), {status: response.status, statusText: response.statusText, headers});
  },
};

serwist = new Serwist({
  precacheEntries: [...(self.__SW_MANIFEST ?? []), ...[...PAGES_FOR_EVERYONE, ...SITE_SCRIPTS].map((url) => ({url, revision: BUILD_ID}))],
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({url, sameOrigin}) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({cacheName: 'assets', plugins: [withoutDate, keepNewest(300)]}),
    },
    {
      matcher: ({request, sameOrigin}) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({plugins: [offlineFallback]}),
    },
  ],
});

// What older versions kept and this one does not: Serwist's expiration database (visited addresses and times),
// and the pages a person had opened, in the order opened (a reading list).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      indexedDB.deleteDatabase('serwist-expiration');
      await caches.delete('pages');
    })(),
  );
});

serwist.addEventListeners();
