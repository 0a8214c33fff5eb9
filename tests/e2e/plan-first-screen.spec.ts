// The plan leads: what to do right now is on the first screen of a small phone, with JavaScript on and off;
// the rest stays short; the voice follows who filled in the questions.
import {expect, test, type Page} from '@playwright/test';
import {LOCALES} from '../../i18n/locales';
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {contentMarkers} from './content-markers';
import {selectFor} from './messages';
import {budgetFor} from './time-budget';

const PERSONAS = {
  'French 14-year-old blackmailed on Instagram': 'c=fr&p=instagram&a=14&b=14&k=2&u=2',
  'adult in France in danger': 'c=fr&p=instagram&a=30&b=30&k=1&u=1',
  'adult in France, nothing urgent': 'c=fr&p=instagram&a=30&b=30&k=1&u=0',
  'young person in Québec, threatened and in danger': 'c=ca&r=qc&p=tiktok&k=2&u=1&u=2',
  'parent of a 13-year-old, blackmailed and in danger': 'w=2&c=fr&p=snapchat&a=13&b=13&k=2&u=2&u=1',
  'parent of a 13-year-old, blackmailed': 'w=2&c=fr&p=snapchat&a=13&b=13&k=2&u=2',
  'someone elsewhere, threatened before anything is online': 'c=other&p=not-online&a=16&b=17&k=2&u=2',
  'teenager in France on three platforms, threatened': 'c=fr&p=instagram&p=snapchat&p=tiktok&a=15&b=15&k=2&u=2',
  'support worker for a 17-year-old in Québec, threatened': 'w=3&c=ca&r=qc&p=instagram&a=17&b=17&k=1&u=2',
  'young person in Québec, ages not given, five places, in danger, threatened, spreading':
    'c=ca&r=qc&p=tiktok&p=instagram&p=snapchat&p=x&p=search-engine&k=2&u=1&u=2&u=3',
  'France, ages not given, eight places, all three situations':
    'c=fr&p=x&p=facebook&p=instagram&p=snapchat&p=tiktok&p=adult-site&p=search-engine&p=website&u=1&u=2&u=3',
  'Nunavut, in danger': 'c=ca&r=nu&p=instagram&a=30&b=30&k=1&u=1',
};
const WORD_BUDGET = 1200;
// Not typical plans, with a ceiling of their own: with the ages left unanswered a plan carries the steps for
// minors and for adults at once; in danger and blackmailed at once, it carries both sections; with many places,
// their platforms share one step.
const HEAVY = new Set([
  'young person in Québec, threatened and in danger',
  'parent of a 13-year-old, blackmailed and in danger',
  'young person in Québec, ages not given, five places, in danger, threatened, spreading',
  'France, ages not given, eight places, all three situations',
]);
const HEAVY_WORD_BUDGET = 1400;
const SIZES = [
  {width: 412, height: 915},
  {width: 320, height: 640},
];

const wordsShown = (page: Page) => page.evaluate(() => (document.querySelector('main') as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);

for (const locale of LOCALES) {
  for (const [name, query] of Object.entries(PERSONAS)) {
    for (const size of SIZES) {
      test(`${locale}, ${size.width}×${size.height}: "right now" is on the first screen for ${name}`, async ({page}) => {
        await page.setViewportSize(size);
        await page.goto(`/${locale}/plan?${query}`);
        const block = page.locator('section.right-now');
        await expect(block).toBeVisible();
        const box = await block.boundingBox();
        expect(box, 'the block is laid out').not.toBeNull();
        expect(box!.y + box!.height, `bottom of "right now" within ${size.height} px`).toBeLessThanOrEqual(size.height);
        const taps = block.locator('a.right-now__action');
        expect(await taps.count()).toBeGreaterThan(0);
        expect(await taps.count()).toBeLessThanOrEqual(3);
        for (const href of await taps.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
          expect(href).toMatch(/^(tel:|sms:|https:\/\/|#)/);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      });
    }

    const budget = HEAVY.has(name) ? HEAVY_WORD_BUDGET : WORD_BUDGET;
    test(`${locale}: the plan shows at most ${budget} words before anything is unfolded, for ${name}`, async ({page}) => {
      await page.goto(`/${locale}/plan?${query}`);
      const words = await wordsShown(page);
      console.log(`${locale} ${name}: ${words} words shown (budget ${budget})`);
      expect(words).toBeLessThanOrEqual(budget);
    });
  }

  test(`${locale}: the plan comes to life in the browser without an error, for every persona`, async ({page}, testInfo) => {
    test.skip(testInfo.project.name !== 'phone-js', 'the browser takes over the server-made plan only with JavaScript');
    budgetFor(Object.keys(PERSONAS).length);
    // The plan under its title is a client component drawn from data: the browser must agree with the server's HTML.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    for (const query of Object.values(PERSONAS)) {
      await page.goto(`/${locale}/plan?${query}`);
      // The copy button appears once React has taken over the page.
      await expect(page.getByRole('button', {name: ALL_MESSAGES[locale].Keep.copyLink})).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test(`${locale}, 412×915: drawn on the device from the fragment, "right now" is on the first screen for a blackmailed teenager`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone-js', 'the device draws the plan with JavaScript');
    await page.setViewportSize({width: 412, height: 915});
    await page.goto(`/${locale}/plan#${PERSONAS['French 14-year-old blackmailed on Instagram']}`);
    const block = page.locator('section.right-now');
    await expect(block).toBeVisible();
    const box = await block.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(915);
    const taps = block.locator('a.right-now__action');
    // The plan's own address with the answers and the step after `#`: a plain `#threats` would take their place.
    const toThreats = new URL((await taps.nth(0).getAttribute('href'))!, page.url());
    expect(toThreats.pathname).toBe(`/${locale}/plan`);
    expect(new URLSearchParams(toThreats.hash.slice(1)).get('to')).toBe('threats');
    await expect(taps.nth(1)).toHaveAttribute('href', 'tel:3018');
  });

  test(`${locale}: the first "right now" action of a blackmailed French teenager is not to pay, then the 3018`, async ({page}) => {
    await page.goto(`/${locale}/plan?${PERSONAS['French 14-year-old blackmailed on Instagram']}`);
    const taps = page.locator('section.right-now a.right-now__action');
    await expect(taps.nth(0)).toHaveAttribute('href', '#threats');
    await expect(taps.nth(1)).toHaveAttribute('href', 'tel:3018');
  });

  test(`${locale}: in danger, the emergency number is the first tap`, async ({page}) => {
    await page.goto(`/${locale}/plan?${PERSONAS['adult in France in danger']}`);
    await expect(page.locator('section.right-now a.right-now__action').first()).toHaveAttribute('href', 'tel:17');
  });

  test(`${locale}: in Nunavut, where 9-1-1 is not in service, the first tap is the RCMP and 9-1-1 is never tapped`, async ({page}) => {
    await page.goto(`/${locale}/plan?${PERSONAS['Nunavut, in danger']}`);
    await expect(page.locator('section.right-now a.right-now__action').first()).toHaveAttribute('href', 'tel:8679791111');
    await expect(page.locator('main a[href="tel:911"]')).toHaveCount(0);
  });

  test(`${locale}: with many places, the platforms share one step, a line each with one tap to report`, async ({page}) => {
    const m = ALL_MESSAGES[locale];
    await page.goto(`/${locale}/plan?${PERSONAS['France, ages not given, eight places, all three situations']}`);
    const group = page.locator('article.plan-item', {has: page.getByRole('heading', {level: 3, name: m.Plan.platformsGroup.title})});
    await expect(group.locator('ul.plan-item__platforms li')).toHaveCount(7);
    await expect(group.getByRole('link', {name: m.Platforms.instagram})).toHaveAttribute('href', `/${locale}/guides/instagram`);
  });

  test(`${locale}: a parent gets a plan that speaks about their child, and a parent's advice first`, async ({page}) => {
    const m = ALL_MESSAGES[locale];
    await page.goto(`/${locale}/plan?${PERSONAS['parent of a 13-year-old, blackmailed and in danger']}`);
    await expect(page.getByText(selectFor(m.Reasons.madeUnder18, 'child')).first()).toBeVisible();
    await expect(page.getByText(selectFor(m.Plan.lead, 'child'))).toBeVisible();
    await expect(page.locator('section.plan-section').first().getByRole('heading', {level: 3})).toHaveText(
      contentMarkers(locale).get('helper-parent')!.title,
    );
  });

  test(`${locale}: a support worker's plan speaks about "the person" and says how to share the link safely`, async ({page}) => {
    const m = ALL_MESSAGES[locale];
    await page.goto(`/${locale}/plan?w=3&c=fr&p=x&a=22&b=22&k=1&u=0`);
    await expect(page.getByText(selectFor(m.Reasons.madeAdult, 'supported')).first()).toBeVisible();
    await expect(page.getByRole('heading', {level: 3, name: contentMarkers(locale).get('helper-worker')!.title})).toBeVisible();
  });

  test(`${locale}: with nothing online yet, the plan has no notice to a host and says what to do if it is posted`, async ({page}) => {
    const m = ALL_MESSAGES[locale];
    await page.goto(`/${locale}/plan?c=fr&p=not-online&a=15&b=15&k=2&u=2`);
    await expect(page.getByRole('heading', {level: 3, name: contentMarkers(locale).get('platform-not-online')!.title})).toBeVisible();
    await expect(page.getByText(m.Texts.noticeLabel)).toHaveCount(0);
    await expect(page.getByRole('heading', {level: 2, name: m.Plan.sections.escalate})).toHaveCount(0);
  });
}

test('the support-workers page builds a plan link with a plain form, without JavaScript too', async ({page}, testInfo) => {
  // With JavaScript, the answers go after `#` and the plan is drawn on the device; without, in the query.
  const separator = testInfo.project.use.javaScriptEnabled === false ? '\\?' : '#';
  const m = ALL_MESSAGES.fr;
  await page.goto('/fr/support-workers');
  const form = page.locator('section.link-builder form');
  await form.getByRole('radio', {name: m.LinkBuilder.reader_supported}).check();
  await form.getByRole('radio', {name: m.Questions.country.fr}).check();
  await form.getByRole('group', {name: m.Questions.platforms.title}).getByRole('checkbox', {name: m.Platforms.snapchat}).check();
  await form.getByRole('button', {name: m.LinkBuilder.submit}).click();
  await expect(page).toHaveURL(new RegExp(`/fr/plan${separator}w=3&c=fr&p=snapchat`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
  await expect(page.getByLabel(m.Keep.shareLabel)).toHaveValue(new RegExp(`/fr/plan${separator}w=3&c=fr&p=snapchat`));
});
