// Pages that hold none of the app's interactive pieces (the home page, "being blackmailed", the help, the directory,
// the law) load no framework: no React, no router, no page data for them (scripts/framework-free-pages.mjs). They
// must still do all a person needs: leave at once, read offline later, go on to the questions. The questions' first
// page is whole before its framework runs: the framework waits for the person's first touch, key or focus, or for
// the page to settle (public/framework-on-touch.js).
import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import {ANSWER_PAGE} from '../../lib/security/path-spelling';
import {frameworkFreePages, frameworkOnTouchPages} from './support/framework-free';
import {exitReady} from './support/exit-ready';
import {budgetFor} from './time-budget';
import {selectOther} from './messages';

const NEUTRAL = fr.Layout.quickExitUrl;
const FRAMEWORK_SCRIPT = /\/_next\/static\/.*\.js(\?|$)/;
const freed = frameworkFreePages();
const onTouch = frameworkOnTouchPages();
/** Next.js sets this as its runtime starts. */
const frameworkRuns = () => 'next' in window;

test.describe('the list the build made', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'the served files do not depend on the browser: one project is enough');

  test('holds the pages with nothing to hydrate, and never a page that carries answers', () => {
    for (const path of ['/fr', '/en', '/fr/now', '/en/now', '/fr/help/3018', '/fr/directory/fr', '/fr/browse-safely']) {
      expect(freed.has(path), path).toBe(true);
    }
    // The questions' first page, the plan and the guides with a copy button hydrate.
    for (const path of ['/fr/questions', '/fr/plan/device', '/fr/guides/snapchat', '/fr/journal', '/fr/support-workers']) {
      expect(freed.has(path), path).toBe(false);
    }
    for (const path of freed) expect(ANSWER_PAGE.test(path), path).toBe(false);
  });

  test("lets the framework wait for the person on the questions' first page and the plan's static page", async ({request}) => {
    expect([...onTouch].sort()).toEqual(['/en/plan/device', '/en/questions', '/fr/plan/device', '/fr/questions']);
    for (const page of onTouch) {
      // The plan's static page is served at the plan's address without a query.
      const path = page.replace(/\/device$/, '');
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/<script[^>]*\bsrc="\/_next\/(?![^"]*"[^>]*noModule)/);
      expect(html, path).not.toMatch(/<link[^>]*rel="preload"[^>]*as="script"/);
      const files =
        /<script src="\/framework-on-touch\.js" async=""(?: data-fragment="waits")? data-scripts="([^"]+)">/.exec(html)?.[1]?.split(' ') ?? [];
      expect(files.length, path).toBeGreaterThan(3);
      for (const file of files) expect(file, path).toMatch(/^\/_next\/static\/chunks\/[\w-]+\.js$/);
      // The page's data for the framework stays, for when it runs.
      expect(html, path).toContain('self.__next_f.push');
    }
  });

  test('each of its pages is served with no framework script, its data, nor any inline script', async ({request}) => {
    const paths = [...freed].filter((path) => !path.startsWith('/_'));
    budgetFor(Math.ceil(paths.length / 20));
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).not.toMatch(FRAMEWORK_SCRIPT);
      expect(html, path).not.toContain('__next_f');
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).toContain('<script src="/quick-exit.js" async="">');
      expect(response.headers()['content-security-policy'], path).toContain("script-src 'self';");
    }
  });
});

test.describe('with JavaScript', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'what the static scripts do needs JavaScript');

  test.beforeEach(async ({page}) => {
    // The neutral site is outside this machine's reach: answer for it.
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({contentType: 'text/html', body: '<title>Météo</title><h1>Météo</h1>'}));
  });

  test('the home page loads no framework script, and leaves with Shift pressed three times', async ({page}) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/fr');
    await exitReady(page);
    expect(scripts.filter((path) => FRAMEWORK_SCRIPT.test(path))).toEqual([]);
    const status = page.locator('header [role="status"]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(fr.Layout.quickExitProgress.replace('{count}', '1'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('the home page registers the service worker, for offline reading', async ({page}) => {
    await page.goto('/fr');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
  });

  test('from the home page, the questions start and draw their next step on the device', async ({page}) => {
    await page.goto('/fr');
    await page.getByRole('link', {name: fr.Home.start}).click();
    await expect(page).toHaveURL(/\/fr\/questions/);
    // The first question is whole before the framework runs: focus starts on it, and nothing runs until a touch.
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
    expect(await page.evaluate(frameworkRuns)).toBe(false);
    await page.getByRole('radio', {name: fr.Questions.who.me}).check();
    await page.getByRole('button', {name: fr.Questions.continue}).click();
    // The questions' page loads the framework and draws the next step itself: the answer stays after `#`.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(fr.Questions.country.title));
    expect(new URL(page.url()).pathname).toBe('/fr/questions');
    expect(new URL(page.url()).hash).toContain('w=1');
  });

  test("on the questions' first page, the framework runs once the page has settled, even untouched", async ({page}) => {
    await page.goto('/fr/questions');
    await exitReady(page);
    expect(await page.evaluate(frameworkRuns)).toBe(false);
    // 3 s after load, then idle: within 30 s on a busy machine.
    await page.waitForFunction(frameworkRuns, undefined, {timeout: 30_000});
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
  });

  test("on the questions' first page opened at a step (after `#`), the framework runs at once and draws it", async ({page}) => {
    await page.goto('/fr/questions#q=ages&w=1&c=fr&u=0&p=x');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(fr.Questions.ages.title));
    expect(await page.evaluate(frameworkRuns)).toBe(true);
  });

  test("the questions' first page works offline after a first visit, its framework and scripts kept", async ({page, context}) => {
    await page.goto('/fr/questions');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the service worker, which kept the page and the site's scripts
    await page.getByRole('radio', {name: fr.Questions.who.me}).check();
    await page.getByRole('button', {name: fr.Questions.continue}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(fr.Questions.country.title));
    await context.setOffline(true);
    await page.goto('/fr/questions');
    await exitReady(page);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Questions.who.title);
    await page.getByRole('radio', {name: fr.Questions.who.me}).check();
    await page.getByRole('button', {name: fr.Questions.continue}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(fr.Questions.country.title));
    expect(new URL(page.url()).hash).toContain('w=1');
    await context.setOffline(false);
  });
});
