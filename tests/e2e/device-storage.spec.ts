// What the site keeps in the browser: nothing that holds an answer unless the person asks, and nothing at
// all once they press "Delete everything".
import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import {PAGES_FOR_EVERYONE, SITE_SCRIPTS} from '../../lib/offline-pages';

const PLAN = 'c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2';
const ANSWER = /[?&](c|p|a|b|k|u|r|d)=/;

type Stored = {caches: Record<string, string[]>; databases: string[]; local: number; session: number; workers: number};

const stored = (page: Page): Promise<Stored> =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const entries = await Promise.all(names.map(async (name) => [name, (await (await caches.open(name)).keys()).map((r) => r.url)] as const));
    return {
      caches: Object.fromEntries(entries),
      databases: (await indexedDB.databases()).map((db) => db.name ?? ''),
      local: localStorage.length,
      session: sessionStorage.length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    };
  });

const controlled = async (page: Page) => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // from now on the service worker sees the navigations
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
};

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'service workers and storage need JavaScript');
});

test('no spelling of an answer page is kept on the device, and the service worker keeps no reading history', async ({page}) => {
  await page.goto('/fr/guides/snapchat');
  await controlled(page);
  for (const path of [
    `/fr/%70lan?${PLAN}`,
    `/%66r/questions/ages?${PLAN}`,
    `/fr/./check?${PLAN}`,
    `/fr/guides/snapchat?${PLAN}`,
    `/fr/Plan?${PLAN}`,
    `/FR/plan?${PLAN}`,
  ]) {
    await page.goto(path);
  }
  // Three guides and a directory page read: the device must not say which.
  for (const path of ['/fr/guides/x', '/fr/guides/onlyfans', '/en/guides/telegram', '/fr/directory/ca-qc']) await page.goto(path);
  const {caches: kept, databases} = await stored(page);
  const urls = Object.values(kept).flat();
  // The plan's empty page and its data are kept for everyone (lib/offline-pages.ts), with the site's scripts (the
  // plan's early drawing among them): the device draws a plan into them from the fragment. Nothing else under an
  // answer page's path, and no answer in any address.
  const forEveryone = new Set([...PAGES_FOR_EVERYONE, ...SITE_SCRIPTS]);
  const answerPaths = urls.filter((url) => !forEveryone.has(new URL(url).pathname) && /%|\/(plan|check|questions)/i.test(new URL(url).pathname));
  expect([...urls.filter((url) => ANSWER.test(url)), ...answerPaths]).toEqual([]);
  expect(
    urls.filter((url) => /\/(guides|directory|help|law)\//.test(new URL(url).pathname)),
    'no page kept because it was read',
  ).toEqual([]);
  expect(Object.keys(kept)).not.toContain('pages');
  // The only pages kept are the same for every visitor, with the site's static scripts.
  const pages = urls.map((url) => new URL(url).pathname).filter((path) => !path.startsWith('/_next/') && path !== '/sw.js');
  expect(new Set(pages)).toEqual(new Set([...PAGES_FOR_EVERYONE, ...SITE_SCRIPTS]));
  expect(databases, 'no IndexedDB: no list of pages read, no times').toEqual([]);
});

test('"Delete everything" leaves nothing on the device: storage, caches, databases, service worker', async ({page}) => {
  const m = fr;
  await page.goto('/fr/guides/snapchat');
  await controlled(page);
  await page.goto(`/fr/plan?${PLAN}`);
  await page.getByRole('button', {name: m.Keep.offlineKeep}).click();
  await expect(page.getByText(m.Keep.offlineKept)).toBeVisible();
  // The case file has its own page.
  await page.goto('/fr/journal');
  await page.getByRole('button', {name: m.Journal.enable}).click();
  await page.getByLabel(m.Journal.record.platform, {exact: true}).fill('Snapchat');
  await page.getByLabel(m.Journal.record.account, {exact: true}).fill('someone');
  await page.getByRole('button', {name: m.Journal.record.add}).click();
  await expect(page.locator('.journal__entry')).toHaveCount(1);
  // A database as older versions of the service worker kept (Serwist's expiration records).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('serwist-expiration', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('cache-entries');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  const before = await stored(page);
  // The plan kept offline, with the pages its steps link to.
  // With JavaScript the plan's answers moved after `#` (components/plan/AnswersToFragment.tsx).
  expect(before.caches['saved-plans']).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`/fr/plan[?#]${PLAN}`))]));
  expect(before.local).toBeGreaterThan(0);
  expect(before.databases).toContain('serwist-expiration');
  expect(before.workers).toBe(1);

  await page.getByRole('button', {name: m.Journal.deleteAll}).click();
  await page.getByRole('button', {name: m.Journal.deleteYes}).click();
  // It ends on a page sent with Clear-Site-Data, for what only the browser can reach (its HTTP cache).
  await expect(page).toHaveURL(/\/fr\/cleared$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Device.clearedTitle);
  expect(await stored(page)).toEqual({caches: {}, databases: [], local: 0, session: 0, workers: 0});
});

test('the privacy page offers the same "Delete everything", without the journal', async ({page}) => {
  await page.goto('/fr/guides/snapchat');
  await controlled(page);
  await page.goto('/fr/privacy');
  expect(Object.keys((await stored(page)).caches).length).toBeGreaterThan(0);
  await page.getByRole('button', {name: fr.Device.forget}).click();
  await page.getByRole('button', {name: fr.Device.forgetYes}).click();
  await expect(page).toHaveURL(/\/fr\/cleared$/);
  expect(await stored(page)).toEqual({caches: {}, databases: [], local: 0, session: 0, workers: 0});
});

test('"Delete everything" ends on a page that asks the browser to empty its own cache too, with or without JavaScript', async ({request}) => {
  const response = await request.get('/fr/cleared');
  expect(response.status()).toBe(200);
  expect(response.headers()['clear-site-data']).toBe('"cache", "storage", "executionContexts"');
});
