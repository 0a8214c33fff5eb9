// WCAG 2.2 A/AA with axe on every page, both locales, on each viewport project; plus the checks axe
// cannot make: no horizontal scrolling at 320 px, text at 200 %, focus order and visibility.
import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import {SCENARIOS} from '../scenarios';
import {axeViolations} from './axe';
import {budgetFor} from './time-budget';
import {selectOther} from './messages';
import {LOCALES} from '../../i18n/locales';
import {atStep} from './support/step-url';

const PAGES = [
  '',
  '/questions/country',
  '/questions/province?c=ca',
  '/questions/platforms?c=fr',
  '/questions/ages?c=fr&p=x',
  '/questions/consent?c=fr&p=x&a=&b=',
  '/questions/situation?c=fr&p=x&a=&b=&k=',
  '/questions/country?s=1',
  '/questions/ages?c=fr&p=x&a=abc&b=3&s=1',
  `/check?${SCENARIOS[0]!.query}`,
  `/check?c=fr`,
  '/privacy',
  '/browse-safely',
  `/plan/notice?${SCENARIOS[1]!.query}`,
  `/plan/texts?${SCENARIOS[0]!.query}`,
  '/plan?c=zz',
  '/journal',
  '/help/evidence-minor',
  ...SCENARIOS.slice(0, 4).map((s) => `/plan?${s.query}`),
  // The same plan drawn on the device from the fragment, and its texts and letters.
  `/plan#${SCENARIOS[0]!.query}`,
  `/plan/texts#${SCENARIOS[0]!.query}&to=text-snapchat`,
  `/plan/notice#${SCENARIOS[1]!.query}`,
  // The questions' static address, and steps drawn on the device from the fragment.
  '/questions',
  '/questions#q=province&w=1&c=ca',
  '/questions#q=ages&w=1&c=fr&u=2&t=snapchat&p=x',
  `/questions#q=check&${SCENARIOS[0]!.query}`,
  '/guides',
  '/guides/instagram',
  '/guides/website',
  '/guides/search-engine',
  '/directory',
  '/directory/ca-qc',
  '/law/fr',
  '/law/ca',
  '/support-workers',
  '/accessibility',
  '/offline',
];

test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'axe runs inside the page: the JavaScript-off journeys are covered elsewhere');

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`axe: /${locale}${path}`, async ({page}) => {
      await page.goto(`/${locale}${path}`);
      if (path.startsWith('/plan#')) await expect(page.locator('section.right-now')).toBeVisible();
      // A step drawn on the device: its heading has the focus once drawn.
      if (path.startsWith('/questions#')) await expect(page.locator('main h1')).toBeFocused();
      // Texts and letters drawn on the device: the part the fragment names has the focus, or the heading.
      if (path.startsWith('/plan/texts#')) await expect(page.locator('#text-snapchat')).toBeFocused();
      if (path.startsWith('/plan/notice#')) await expect(page.locator('main h1')).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('axe: the not-found page', async ({page}) => {
  await page.goto('/fr/no-such-page');
  expect(await axeViolations(page)).toEqual([]);
});

test('no horizontal scrolling, even with text at 200 %', async ({page}) => {
  budgetFor(5);
  for (const path of [
    '/fr',
    '/fr/questions/platforms?c=fr',
    `/fr/plan?${SCENARIOS[0]!.query}`,
    `/en/check?${SCENARIOS[3]!.query}`,
    '/en/browse-safely',
  ]) {
    await page.goto(path);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), path).toBeLessThanOrEqual(0);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await overflow(), `${path} at 200 %`).toBeLessThanOrEqual(0);
  }
});

test('keyboard only: the whole journey, with focus visible and never hidden under the sticky header', async ({page}, testInfo) => {
  budgetFor(9);
  const m = fr;
  const focusIsClear = async () => {
    const state = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const header = document.querySelector('.site-header') as HTMLElement | null;
      if (!element || element === document.body) return {ok: false, why: 'nothing focused'};
      const rect = element.getBoundingClientRect();
      const headerBottom = header && element.closest('.site-header') === null ? header.getBoundingClientRect().bottom : 0;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      return {
        ok: outlined && rect.bottom > headerBottom,
        why: `${element.tagName} outline=${style.outlineStyle} bottom=${rect.bottom} header=${headerBottom}`,
      };
    });
    expect(state.ok, state.why).toBe(true);
  };
  const tabTo = async (name: RegExp | string, role: 'link' | 'button' | 'radio' | 'checkbox' | 'textbox') => {
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press('Tab');
      const matches = await page.getByRole(role, {name}).evaluateAll((els) => els.some((el) => el === document.activeElement));
      if (matches) {
        await focusIsClear();
        return;
      }
    }
    throw new Error(`could not reach ${role} ${name} by keyboard`);
  };
  // Tab enters a radio group once; the arrow keys move (and tick) within it.
  const arrowTo = async (name: string) => {
    await tabTo(/./, 'radio');
    for (let i = 0; i < 20; i += 1) {
      if (await page.getByRole('radio', {name}).evaluate((el) => el === document.activeElement)) {
        await focusIsClear();
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not reach radio ${name} with the arrow keys`);
  };

  // With JavaScript, each step starts with the focus on its heading (without, the browser starts at the top).
  const javaScript = testInfo.project.use.javaScriptEnabled !== false;
  const headingFocused = async () => {
    if (javaScript) await expect(page.getByRole('heading', {level: 1})).toBeFocused();
  };

  await page.goto('/fr');
  await tabTo(m.Home.start, 'link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('who'));
  await headingFocused();
  await tabTo(m.Questions.who.me, 'radio');
  await page.keyboard.press('Space');
  await tabTo(m.Questions.continue, 'button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('country'));
  await headingFocused();
  await arrowTo(m.Questions.country.fr);
  await page.keyboard.press('Space');
  await tabTo(m.Questions.continue, 'button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('situation'));
  await headingFocused();
  await tabTo(m.Questions.continue, 'button');
  await page.keyboard.press('Enter'); // nothing ticked: the error summary takes the focus
  await expect(page.getByRole('alert', {name: m.Questions.errorSummaryTitle})).toBeVisible();
  if (javaScript) await expect(page.getByRole('alert', {name: m.Questions.errorSummaryTitle})).toBeFocused();
  await tabTo(m.Questions.situation.none, 'checkbox');
  await page.keyboard.press('Space');
  await tabTo(m.Questions.continue, 'button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('platforms'));
  await headingFocused();
  await tabTo(m.Platforms.instagram, 'checkbox');
  await page.keyboard.press('Space');
  await tabTo(m.Questions.continue, 'button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('ages'));
  await headingFocused();
  await tabTo(selectOther(m.Questions.ages.ageMade), 'textbox');
  await page.keyboard.type('16');
  await tabTo(selectOther(m.Questions.ages.ageNow), 'textbox');
  await page.keyboard.type('17');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('consent'));
  await headingFocused();
  await tabTo(selectOther(m.Questions.consent['never-agreed']), 'radio');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(atStep('check'));
  await headingFocused();
  await tabTo(m.Check.submit, 'link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
  await headingFocused();
  // With JavaScript, the plan is drawn on the device, which makes the PDF itself: a button.
  await tabTo(m.Keep.pdf, javaScript ? 'button' : 'link');
});
