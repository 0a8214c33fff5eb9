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

/** Opens the first question with the page's own scripts held back (`chunks` decides what happens to them). */
const openBeforeReady = async (page: Page, chunks: Promise<'continue' | 'abort'>) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(request.url()));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => ((await chunks) === 'continue' ? route.continue() : route.abort()));
  await page.goto('/fr/questions', {waitUntil: 'domcontentloaded'});
  await page.waitForFunction(() => typeof window.recoursTakeHeldSubmit === 'function');
  await page.getByRole('radio', {name: m.Questions.who.me}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  return sent;
};

test('a "Continue" tapped before the page is ready goes on the device once it is: no answer reaches the server', async ({page}) => {
  test.setTimeout(60_000);
  let letThrough!: (what: 'continue') => void;
  const sent = await openBeforeReady(page, new Promise((resolve) => (letThrough = resolve)));
  // Held: the page stays where it is and nothing is sent.
  await page.waitForTimeout(1_000);
  expect(new URL(page.url()).pathname).toBe('/fr/questions');
  expect(sent.filter((url) => CONTRACT_KEY.test(new URL(url).search))).toEqual([]);

  letThrough('continue');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title), {timeout: 30_000});
  expect(new URL(page.url()).pathname).toBe('/fr/questions');
  expect(new URL(page.url()).hash).toContain('w=1');
  expect(sent.filter((url) => CONTRACT_KEY.test(new URL(url).search))).toEqual([]);
});

test('if the page never gets ready, the held answer goes to the server as it would without JavaScript', async ({page}) => {
  test.setTimeout(60_000);
  await openBeforeReady(page, Promise.resolve('abort'));
  await expect(page).toHaveURL(/\/fr\/questions\/[a-z-]+\?w=1$/, {timeout: 30_000});
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title));
});
