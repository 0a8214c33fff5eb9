import {expect, test, type APIResponse} from '@playwright/test';
import fr from '../../messages/fr.json';
import {selectOther} from './messages';
import {exitReady} from './support/exit-ready';
import {atStep} from './support/step-url';
import {frameworkFreePages} from './support/framework-free';

const PLAN = 'c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2';
const PAGES = [
  '/fr',
  '/en',
  '/fr/privacy',
  '/fr/browse-safely',
  '/fr/questions/country',
  `/fr/check?${PLAN}`,
  `/fr/plan?${PLAN}`,
  `/en/plan/notice?${PLAN}`,
  '/fr/nothing-here',
];
const FRAMEWORK_FREE = frameworkFreePages();
const FILES = [`/fr/plan/pdf?${PLAN}`, `/fr/plan/reminders.ics?${PLAN}&d=2026-11-20`];

const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );

const expectCommonHeaders = (response: APIResponse) => {
  const headers = response.headers();
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
};

test.describe('headers, checked against next start', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'headers do not depend on the browser: one project is enough');

  for (const path of PAGES) {
    test(`${path}: strict CSP and security headers, no cookie`, async ({request}) => {
      const response = await request.get(path, {maxRedirects: 0});
      expectCommonHeaders(response);
      const csp = directives(response.headers()['content-security-policy'] ?? '');
      expect(csp['script-src'], 'script-src').toBeDefined();
      expect(csp['script-src']).not.toContain("'unsafe-inline'");
      expect(csp['script-src']).not.toContain("'unsafe-eval'");
      expect(csp['style-src'], 'style-src').toBeDefined();
      expect(csp['style-src']).not.toContain("'unsafe-inline'");
      // A page with inline scripts allows exactly those; a page with none (it loads no framework,
      // tests/e2e/framework-free.spec.ts) allows only the site's own files.
      if (/<script(?![^>]*\bsrc=)[^>]*>/.test(await response.text())) {
        expect(csp['script-src']!.some((source) => /^'(nonce|sha256)-/.test(source))).toBe(true);
      } else {
        expect(FRAMEWORK_FREE.has(path) || path === '/fr/nothing-here', path).toBe(true);
        expect(csp['script-src']).toEqual(["'self'"]);
      }
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['form-action']).toEqual(["'self'"]);
    });
  }

  for (const path of FILES) {
    test(`${path}: not cached, locked down`, async ({request}) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectCommonHeaders(response);
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    });
  }

  test('answer pages are never cached', async ({request}) => {
    for (const path of [`/fr/plan?${PLAN}`, `/fr/check?${PLAN}`, `/fr/questions/ages?${PLAN}`, `/fr/plan/notice?${PLAN}`]) {
      expect((await request.get(path)).headers()['cache-control']).toContain('no-store');
    }
  });

  test('static pages stay static, so a CDN can cache them', async ({request}) => {
    for (const path of ['/fr', '/en', '/fr/privacy', '/en/browse-safely']) {
      expect((await request.get(path)).headers()['x-nextjs-prerender'], path).toMatch(/^1(, 1)*$/);
    }
  });

  test('no route redirects to an address taken from the request', async ({request}, testInfo) => {
    const base = testInfo.project.use.baseURL!;
    const attempts = [
      '/?next=https://evil.example/',
      '//evil.example/',
      '/%2F%2Fevil.example',
      '/\\evil.example',
      '/fr/plan?redirect=https://evil.example',
      '/fr/questions/country?c=fr&s=1&next=https://evil.example',
      '/https://evil.example',
      '/fr/questions/province?c=fr&e=1&r=//evil.example',
    ];
    for (const path of attempts) {
      // Absolute URLs, so that "//evil.example" stays a path on this server.
      const response = await request.get(`${base}${path}`, {maxRedirects: 0});
      const location = response.headers()['location'];
      if (location) expect(new URL(location, 'http://localhost').host, `${path} → ${location}`).toBe('localhost');
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test('no Content-Security-Policy violation, and no request to another origin, through a whole journey', async ({page, context}, testInfo) => {
  const origin = new URL(testInfo.project.use.baseURL ?? 'http://localhost').origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    (window as unknown as {violations: string[]}).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {violations: string[]}).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const violations = async () => page.evaluate(() => (window as unknown as {violations: string[]}).violations);

  const m = fr;
  await page.goto('/fr');
  expect(await violations()).toEqual([]);
  await page.getByRole('link', {name: m.Home.start}).click();
  await page.getByRole('radio', {name: m.Questions.who.me}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await page.getByRole('radio', {name: m.Questions.country.fr}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await page.getByRole('checkbox', {name: m.Questions.situation.spreading}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await page.getByRole('checkbox', {name: m.Platforms.instagram}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('17');
  await page.getByLabel(selectOther(m.Questions.ages.ageNow)).fill('19');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await page.getByRole('radio', {name: selectOther(m.Questions.consent['never-agreed'])}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  expect(await violations()).toEqual([]);
  await page.getByRole('link', {name: m.Check.submit}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
  expect(await violations()).toEqual([]);
  await page.goto('/fr/privacy');
  await page.goto('/fr/browse-safely');
  expect(await violations()).toEqual([]);

  const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => window.localStorage.length + window.sessionStorage.length)).toBe(0);
});

test.describe('quick exit', () => {
  const NEUTRAL = fr.Layout.quickExitUrl;

  test.beforeEach(async ({page}) => {
    // The neutral site is outside this machine's reach: answer for it.
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({contentType: 'text/html', body: '<title>Météo</title><h1>Météo</h1>'}));
  });

  test('is the first thing reached by keyboard after the skip link', async ({page}, testInfo) => {
    // With JavaScript, the steps of the questions start with the focus on their heading instead
    // (a11y.spec.ts); from there, Shift pressed three times leaves (below).
    const paths =
      testInfo.project.use.javaScriptEnabled === false ? ['/fr', '/fr/questions/country', `/fr/plan?${PLAN}`] : ['/fr', '/fr/guides/instagram'];
    for (const path of paths) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', {name: fr.Layout.skipLink}), path).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', {name: fr.Layout.quickExit}), path).toBeFocused();
    }
  });

  test('is a plain link to a neutral site that sends no referrer', async ({page}) => {
    await page.goto('/fr');
    const link = page.getByRole('link', {name: fr.Layout.quickExit});
    await expect(link).toHaveAttribute('href', NEUTRAL);
    await expect(link).toHaveAttribute('rel', 'noreferrer');
    await link.click();
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('replaces the page, so Back does not return to it, and the site is not blank on return', async ({page}, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, 'replacing history needs JavaScript');
    await page.goto('/fr');
    await page.goto(`/fr/plan?${PLAN}`);
    await exitReady(page);
    await page.getByRole('link', {name: fr.Layout.quickExit}).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  });

  test('Shift pressed three times leaves the site', async ({page}, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, 'the shortcut needs JavaScript');
    await page.goto('/fr/questions/platforms?c=fr');
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('a screen reader hears how many presses are left, in words', async ({page}, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, 'the shortcut needs JavaScript');
    await page.goto('/fr/questions/platforms?c=fr');
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
    const status = page.locator('header [role="status"]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(fr.Layout.quickExitProgress.replace('{count}', '1'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(fr.Layout.quickExitProgress.replace('{count}', '2'));
    await expect(status).not.toContainText('undefined');
  });

  test('Shift held to type digits or capitals never leaves the site', async ({page}, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, 'the shortcut needs JavaScript');
    await page.goto('/fr/questions/ages?c=fr&p=x');
    await page.getByLabel(selectOther(fr.Questions.ages.ageMade)).focus();
    // On a French AZERTY keyboard, digits are typed with Shift held: "13", then "1".
    for (const key of ['Digit1', 'Digit3', 'Digit1', 'KeyA', 'KeyB', 'KeyC']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
    }
    // Another key between lone Shift presses starts the count again.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Digit4');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(atStep('ages'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });
});
