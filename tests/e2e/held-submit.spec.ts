// A "Continue" tapped before the page's own JavaScript has loaded (a slow phone, a weak network) is held by
// public/hold-submit.js, then sent on the device once the page is ready: the answer never reaches the server.
// If the page's JavaScript never comes, the form goes to the server after a while, as it would without JavaScript.
import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import {QUERY_KEYS} from '../../lib/answers/url-contract';
import {selectOther} from './messages';

test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'without JavaScript the forms go to the server, as always');

const m = fr;
/** Any key of the URL contract in a query string. */
const CONTRACT_KEY = new RegExp(`[?&](${Object.values(QUERY_KEYS).join('|')})=`);

/** Holds the page's own scripts back (`chunks` decides what happens to them) and records what the browser sends. */
const holdScripts = async (page: Page, chunks: Promise<'continue' | 'abort'>) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(request.url()));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => ((await chunks) === 'continue' ? route.continue() : route.abort()));
  return sent;
};

const openBefore = async (page: Page, path: string) => {
  await page.goto(path, {waitUntil: 'domcontentloaded'});
  await page.waitForFunction(() => typeof window.recoursTakeHeldSubmit === 'function');
};

/** Opens the first question before the page is ready, answers it and taps "Continue". */
const openBeforeReady = async (page: Page, chunks: Promise<'continue' | 'abort'>) => {
  const sent = await holdScripts(page, chunks);
  await openBefore(page, '/fr/questions');
  await page.getByRole('radio', {name: m.Questions.who.me}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  return sent;
};

const withAnswers = (sent: string[]) => sent.filter((url) => CONTRACT_KEY.test(new URL(url).search));

test('a "Continue" tapped before the page is ready goes on the device once it is: no answer reaches the server', async ({page}) => {
  test.setTimeout(60_000);
  let letThrough!: (what: 'continue') => void;
  const sent = await openBeforeReady(page, new Promise((resolve) => (letThrough = resolve)));
  // Held: the page stays where it is and nothing is sent.
  await page.waitForTimeout(1_000);
  expect(new URL(page.url()).pathname).toBe('/fr/questions');
  expect(withAnswers(sent)).toEqual([]);

  letThrough('continue');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title), {timeout: 30_000});
  expect(new URL(page.url()).pathname).toBe('/fr/questions');
  expect(new URL(page.url()).hash).toContain('w=1');
  expect(withAnswers(sent)).toEqual([]);
});

test('if the page never gets ready, the held answer goes to the server as it would without JavaScript', async ({page}) => {
  test.setTimeout(60_000);
  await openBeforeReady(page, Promise.resolve('abort'));
  await expect(page).toHaveURL(/\/fr\/questions\/[a-z-]+\?w=1$/, {timeout: 30_000});
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title));
});

test("the support workers' link builder, submitted before the page is ready, opens the plan with its answers after #", async ({page}) => {
  test.setTimeout(60_000);
  let letThrough!: (what: 'continue') => void;
  const sent = await holdScripts(page, new Promise((resolve) => (letThrough = resolve)));
  await openBefore(page, '/fr/support-workers');
  const form = page.locator('section.link-builder form');
  await form.getByRole('radio', {name: m.Questions.country.fr}).check();
  await form.getByRole('button', {name: m.LinkBuilder.submit}).click();
  await page.waitForTimeout(1_000);
  expect(new URL(page.url()).pathname).toBe('/fr/support-workers');

  letThrough('continue');
  await expect(page).toHaveURL(/\/fr\/plan#w=1&c=fr/, {timeout: 30_000});
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
  expect(withAnswers(sent)).toEqual([]);
});
