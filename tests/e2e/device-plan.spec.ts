// The plan drawn on the device from the answers after `#` (components/plan/DevicePlan.tsx): the same text as the
// plan the server draws from the same answers in the query, for every named persona; no request the page makes
// carries an answer; and, after a first visit, it works with the network off.
import {expect, test, type Page, type Request} from '@playwright/test';
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {LOCALES} from '../../i18n/locales';
import {QUERY_KEYS} from '../../lib/answers/url-contract';
import {SCENARIOS} from '../scenarios';
import {exitReady} from './support/exit-ready';

test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'the device draws the plan with JavaScript');

/** The plan as a person reads it, once the page has hydrated: the text of the main region (values of fields aside). */
const planText = async (page: Page) => {
  await expect(page.locator('.plan-title')).toBeVisible();
  await expect(page.locator('main section').first()).toBeVisible();
  // Drawn by JavaScript once the page runs: the button that keeps the plan offline.
  await expect(page.locator('.keep-offline button')).toBeVisible();
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
};

for (const locale of LOCALES) {
  for (const scenario of SCENARIOS) {
    test(`${locale}: ${scenario.name}: drawn on the device from the fragment, the same as from the server`, async ({page}) => {
      await page.goto(`/${locale}/plan?${scenario.query}`);
      const fromServer = await planText(page);
      await page.goto(`/${locale}/plan#${scenario.query}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(ALL_MESSAGES[locale].Plan.title);
      expect(await planText(page)).toBe(fromServer);
    });
  }
}

/** Every value a query writes, as it would appear in a request: none may leave the device. */
const answerParts = (query: string) => [...new URLSearchParams(query)].map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
/** Any key of the URL contract in a query string. */
const CONTRACT_KEY = new RegExp(`[?&](${Object.values(QUERY_KEYS).join('|')})=`);

test('no request carries an answer, in its address or its body', async ({page}) => {
  const scenario = SCENARIOS[0]!;
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`/fr/plan#${scenario.query}`);
  await planText(page);
  await exitReady(page);
  await page.waitForLoadState('networkidle');
  const sent = requests.map((request) => ({url: request.url(), body: request.postData() ?? ''}));
  console.log(`requests for a plan drawn on the device:\n${sent.map(({url}) => `  ${new URL(url).pathname}${new URL(url).search}`).join('\n')}`);
  for (const {url, body} of sent) {
    const {pathname, search} = new URL(url);
    expect(search, url).not.toMatch(CONTRACT_KEY);
    expect(body, url).toBe('');
    for (const part of answerParts(scenario.query)) expect(`${pathname}${search}`, url).not.toContain(part);
    // A request for a platform's guide would tell the server a platform.
    expect(pathname, url).not.toMatch(/\/guides\//);
  }
});

test('a plan opened from a fragment link works offline after a first visit, with its texts and letters', async ({page, context}) => {
  const m = ALL_MESSAGES.fr;
  await page.goto(`/fr/plan#${SCENARIOS[0]!.query}`);
  await planText(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker, which kept the plan's page and data for everyone
  await planText(page);
  // A first visit to the texts and the letters brings their scripts (their pages and words are kept for everyone).
  await page.goto(`/fr/plan/texts#${SCENARIOS[0]!.query}`);
  await expect(page.locator('.copyable textarea').first()).toBeVisible();
  await page.goto(`/fr/plan/notice#${SCENARIOS[0]!.query}`);
  await expect(page.locator('.letter').first()).toBeVisible();
  await context.setOffline(true);
  const other = SCENARIOS[1]!;
  await page.goto(`/fr/plan#${other.query}`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
  await expect(page.locator('main section').first()).toBeVisible();
  await page.goto(`/fr/plan/texts#${other.query}`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Texts.pageTitle);
  await page.goto(`/fr/plan/notice#${other.query}`);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.NoticePage.title);
  await expect(page.locator('.letter').first()).toBeVisible();
  await context.setOffline(false);
});

test.describe('where the plan is made', () => {
  // The service worker would answer the worker's script from its cache, out of the test's reach.
  test.use({serviceWorkers: 'block'});

  test('in a worker; where none can start, the page makes the same plan itself', async ({page}) => {
    const scenario = SCENARIOS[0]!;
    const WORKER_SCRIPT = /\/turbopack-worker-[^/]+\.js$/;
    const workerScripts: string[] = [];
    page.on('request', (request) => {
      if (WORKER_SCRIPT.test(new URL(request.url()).pathname)) workerScripts.push(request.url());
    });
    await page.goto(`/fr/plan#${scenario.query}`);
    const madeInWorker = await planText(page);
    expect(workerScripts.length).toBeGreaterThan(0);

    let refused = 0;
    await page.route(WORKER_SCRIPT, (route) => {
      refused += 1;
      return route.abort();
    });
    await page.reload();
    expect(await planText(page)).toBe(madeInWorker);
    expect(refused).toBeGreaterThan(0);
  });
});
