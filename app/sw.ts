/// <reference lib="webworker" />
// The service worker: pages a person has opened stay readable offline, without keeping their answers.
// - answer-free pages (guides, directory, law and help pages, the first question), with no query at all and
//   spelled canonically: cached when visited (network first), judged by what the path means, never by how it
//   is spelled (lib/security/path-spelling.ts);
// - everything else (questions, check, plan, any address with a query): never cached, unless the person chose
//   to keep a plan on this device ("saved-plans");
// - offline with nothing cached: an honest page that says so.
// It keeps no record of its own: no IndexedDB (the caches are trimmed by count, oldest first), and the copies
// it keeps lose the server's Date header, so that the site writes no time of reading on the device.
import {CacheFirst, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin} from 'serwist';
import {DEFAULT_LOCALE, LOCALES, isLocale} from '../i18n/locales';
import {mayKeepOffline} from '../lib/security/path-spelling';

declare const self: ServiceWorkerGlobalScope & {__SW_MANIFEST: (PrecacheEntry | string)[] | undefined};
/** The build's id, set by scripts/build-sw.mjs: a new build refreshes the precached offline pages. */
declare const BUILD_ID: string;

const SAVED_PLANS = 'saved-plans';

const offlinePage = (url: string) => {
  const prefix = new URL(url).pathname.split('/')[1] ?? '';
  return `/${isLocale(prefix) ? prefix : DEFAULT_LOCALE}/offline`;
};

let serwist: Serwist;

const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({request}) =>
    (await (await caches.open(SAVED_PLANS)).match(request.url)) ?? (await serwist.matchPrecache(offlinePage(request.url))),
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
  precacheEntries: [...(self.__SW_MANIFEST ?? []), ...LOCALES.map((locale) => ({url: `/${locale}/offline`, revision: BUILD_ID}))],
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({url, sameOrigin}) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({cacheName: 'assets', plugins: [withoutDate, keepNewest(300)]}),
    },
    {
      matcher: ({request, url, sameOrigin}) => sameOrigin && request.mode === 'navigate' && mayKeepOffline(url.pathname, url.search),
      handler: new NetworkFirst({cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [withoutDate, keepNewest(120), offlineFallback]}),
    },
    {
      matcher: ({request, sameOrigin}) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({plugins: [offlineFallback]}),
    },
  ],
});

// What older versions kept and this one would not: Serwist's expiration database (visited addresses and
// times), and pages cached under an address that can hold answers.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      indexedDB.deleteDatabase('serwist-expiration');
      if (!(await caches.has('pages'))) return;
      const pages = await caches.open('pages');
      for (const request of await pages.keys()) {
        const url = new URL(request.url);
        if (!mayKeepOffline(url.pathname, url.search)) await pages.delete(request);
      }
    })(),
  );
});

serwist.addEventListeners();
