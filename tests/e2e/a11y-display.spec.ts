// What a11y.spec.ts does not cover: the dark colour scheme, the size of touch targets, reduced motion,
// and passages in the other language.
import {expect, test, type Page} from '@playwright/test';
import {SCENARIOS} from '../scenarios';
import {axeViolations} from './axe';
import {budgetFor} from './time-budget';

const PAGES = [
  '/fr',
  '/en',
  '/fr/questions/country',
  '/fr/questions/platforms?c=fr',
  '/en/questions/ages?c=fr&p=x&a=abc&b=3&s=1',
  '/fr/questions/situation?c=fr&p=x&a=&b=&k=',
  `/fr/check?${SCENARIOS[0]!.query}`,
  `/fr/plan?${SCENARIOS[0]!.query}`,
  `/en/plan?${SCENARIOS[3]!.query}`,
  '/fr/guides/instagram',
  '/en/directory/ca-qc',
  '/fr/browse-safely',
  '/fr/accessibility',
];

test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'measured in the page');

test.describe('dark colour scheme', () => {
  test.use({colorScheme: 'dark'});
  for (const path of PAGES) {
    test(`axe, dark: ${path}`, async ({page}) => {
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

type Target = {what: string; width: number; height: number; primary: boolean};

// Every control's clickable box (a radio or checkbox counts with its label). Links inside a sentence are
// exempt in WCAG 2.5.8, so only links standing alone are measured.
const targetsOf = (page: Page): Promise<Target[]> =>
  page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').trim().slice(0, 40)}"`;
    const inSentence = (el: Element) => {
      const block = el.parentElement?.closest('p, li, dd, td, span.hint');
      if (!block) return false;
      return (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
    };
    const visible = (rect: DOMRect, el: Element) =>
      rect.width > 0 &&
      rect.height > 0 &&
      getComputedStyle(el).visibility !== 'hidden' &&
      !el.closest('.visually-hidden, .skip-link, details:not([open]) > :not(summary)');
    const targets: Target[] = [];
    for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
      let rect = el.getBoundingClientRect();
      if (!visible(rect, el)) continue;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        const label = el.labels?.[0];
        if (label) {
          const box = label.getBoundingClientRect();
          const left = Math.min(rect.left, box.left);
          const top = Math.min(rect.top, box.top);
          rect = new DOMRect(left, top, Math.max(rect.right, box.right) - left, Math.max(rect.bottom, box.bottom) - top);
        }
      }
      if (el.tagName === 'A' && inSentence(el)) continue;
      const primary = el.classList.contains('button') || (el instanceof HTMLButtonElement && el.type === 'submit');
      targets.push({what: describe(el), width: rect.width, height: rect.height, primary});
    }
    return targets;
  });

test('touch targets: at least 24 × 24 px, primary actions at least 44 × 44 px', async ({page}) => {
  budgetFor(PAGES.length);
  const tooSmall: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    for (const target of await targetsOf(page)) {
      const minimum = target.primary ? 44 : 24;
      if (target.width < minimum - 0.5 || target.height < minimum - 0.5) {
        tooSmall.push(`${path} ${target.what}: ${target.width.toFixed(0)}×${target.height.toFixed(0)} (minimum ${minimum})`);
      }
    }
  }
  expect(tooSmall).toEqual([]);
});

test.describe('reduced motion', () => {
  test.use({reducedMotion: 'reduce'});
  test('nothing moves or scrolls smoothly', async ({page}) => {
    budgetFor(3);
    for (const path of ['/fr', `/fr/plan?${SCENARIOS[0]!.query}`, '/fr/questions/platforms?c=fr']) {
      await page.goto(path);
      const moving = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('body *')].flatMap((el) => {
          const style = getComputedStyle(el);
          const seconds = (value: string) => Math.max(...value.split(',').map((part) => Number.parseFloat(part) || 0));
          const moves = seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0);
          return moves || style.scrollBehavior === 'smooth' ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
        }),
      );
      expect(moving, path).toEqual([]);
    }
  });
});

test('passages in the other language are marked with their language', async ({page}) => {
  await page.goto(`/fr/plan/texts?${SCENARIOS[0]!.query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.language-switch a')).toHaveAttribute('lang', 'en');
  const englishTexts = page.locator('[id$="-text-en"]');
  expect(await englishTexts.count()).toBeGreaterThan(0);
  for (const text of await englishTexts.all()) {
    expect(await text.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
  }
  await page.goto('/en/guides/instagram');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.language-switch a')).toHaveAttribute('lang', 'fr');
});
