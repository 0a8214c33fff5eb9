// The plan's static page draws its first screen before the framework runs (components/plan/early): a worker makes
// the plan from the answers after `#` and writes "right now" with the same components React uses. The framework
// then waits for the person's first touch, key or focus, or for the page to settle (public/framework-on-touch.js),
// and React draws the whole plan over the early one, keeping the place of the focus.
import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import {SCENARIOS} from '../scenarios';
import {frameworkOnTouchPages} from './support/framework-free';

const TEEN = SCENARIOS[0]!.query;
/** Next.js sets this as its runtime starts. */
const frameworkRuns = () => 'next' in window;
const early = (page: Page) => page.locator('.plan-early');
const drawnByReact = (page: Page) => page.locator('.plan-drawn');

test.describe('the page as served', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'the served files do not depend on the browser: one project is enough');

  test('loads the early drawing, and lets the framework wait even with a fragment', async ({request}) => {
    expect(frameworkOnTouchPages().has('/fr/plan/device')).toBe(true);
    const html = await (await request.get('/fr/plan')).text();
    expect(html).toContain('<script src="/plan-early.js" async="">');
    expect(html).toMatch(/<script src="\/framework-on-touch\.js" async="" data-fragment="waits" data-scripts="/);
    expect(html).not.toMatch(/<script[^>]*\bsrc="\/_next\/(?![^"]*"[^>]*noModule)/);
    for (const script of ['/plan-early.js', '/plan-early-worker.js']) {
      const response = await request.get(script);
      expect(response.status(), script).toBe(200);
      expect(response.headers()['content-type'], script).toContain('javascript');
    }
  });
});

test.describe('with JavaScript', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'the early drawing needs JavaScript');

  test('"right now" is drawn before the framework runs, focus on the title; a touch then draws the whole plan', async ({page}) => {
    await page.goto(`/fr/plan#${TEEN}`);
    await expect(early(page).locator('.right-now')).toBeVisible();
    expect(await page.evaluate(frameworkRuns)).toBe(false);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Plan.title);
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
    // "Right now" is on the first screen of a phone.
    expect((await early(page).locator('.right-now__action').first().boundingBox())!.y).toBeLessThan(page.viewportSize()!.height);
    await page.locator('main').dispatchEvent('pointerdown');
    await expect(drawnByReact(page).locator('.plan-section').first()).toBeVisible();
    expect(await page.evaluate(frameworkRuns)).toBe(true);
    await expect(early(page)).toBeEmpty();
    await expect(page.getByRole('heading', {level: 1})).toHaveCount(1);
    await expect(page.getByRole('heading', {level: 1})).toBeFocused();
  });

  test('React draws the same first screen as the early drawing, and the focus stays where it was', async ({page}) => {
    await page.goto(`/fr/plan#${TEEN}`);
    await expect(early(page).locator('.right-now')).toBeVisible();
    // Under it, a line says the rest follows; React draws that rest instead.
    await expect(early(page).locator('.plan-early__rest')).toHaveText(fr.Plan.restComing);
    const earlyHtml = await early(page).evaluate((box) => {
      const copy = box.cloneNode(true) as HTMLElement;
      copy.querySelector('.plan-early__rest')?.remove();
      return copy.innerHTML;
    });
    // A key moves the focus to the first "right now" action, and runs the framework.
    const firstAction = early(page).locator('.right-now__action').first();
    const label = (await firstAction.innerText()).trim();
    await firstAction.focus();
    await expect(drawnByReact(page).locator('.plan-section').first()).toBeVisible();
    await expect(page.locator('.right-now__action').first()).toBeFocused();
    expect((await page.locator('.right-now__action').first().innerText()).trim()).toBe(label);
    const reactFirstScreen = await drawnByReact(page).evaluate((drawn) => {
      const copy = drawn.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.plan-section, .plan-extra').forEach((part) => part.remove());
      return copy.innerHTML;
    });
    const withoutFocusMarks = (html: string) => html.replace(/ tabindex="-1"/g, '');
    expect(withoutFocusMarks(reactFirstScreen)).toBe(withoutFocusMarks(earlyHtml));
  });

  test('untouched, the framework runs once the page has settled and draws the whole plan', async ({page}) => {
    await page.goto(`/fr/plan#${TEEN}`);
    await expect(early(page).locator('.right-now')).toBeVisible();
    // 3 s after load, then idle: within 30 s on a busy machine.
    await page.waitForFunction(frameworkRuns, undefined, {timeout: 30_000});
    await expect(drawnByReact(page).locator('.plan-section').first()).toBeVisible({timeout: 20_000});
    await expect(early(page)).toBeEmpty();
  });

  test('a "right now" action that points to a step keeps the answers, and shows that step', async ({page}) => {
    await page.goto(`/fr/plan#${TEEN}`);
    // Its address is the plan's, with the answers and the step after `#`: a plain `#step` would take their place.
    const toStep = early(page).locator('.right-now__action[href*="to="]').first();
    await expect(toStep).toBeVisible();
    const step = new URLSearchParams(new URL((await toStep.getAttribute('href'))!, page.url()).hash.slice(1)).get('to')!;
    await toStep.click();
    await expect(page.locator(`[id="${step}"]`)).toBeFocused();
    const address = new URL(page.url());
    expect(address.pathname).toBe('/fr/plan');
    expect(address.hash).toContain(TEEN);
    await expect(page.locator('.plan-section')).not.toHaveCount(0);
  });

  test('a fragment naming a part (`to=`) is drawn whole by the framework at once', async ({page}) => {
    await page.goto(`/fr/plan#${TEEN}&to=report`);
    await expect(page.locator('#report')).toBeFocused();
    await expect(early(page)).toBeEmpty();
  });

  test('a fragment without answers says so at once, with no wait for a touch', async ({page}) => {
    await page.goto('/fr/plan#x=1');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Plan.emptyTitle);
    await expect(early(page)).toBeEmpty();
  });
});
