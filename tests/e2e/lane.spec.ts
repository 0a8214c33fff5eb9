// Someone being blackmailed, on a phone: from the home page, one tap to "don't pay" and the choice of place, one
// more to the helpline that fits them there, all on the first screen of a 412×915 phone, with and without
// JavaScript; then the full plan, with the place and the threat kept.
import {expect, test, type Locator, type Page} from '@playwright/test';
import {LOCALES} from '../../i18n/locales';
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {COUNTRIES} from '../../lib/answers/schema';
import {contentMarkers} from './content-markers';
import {atStep} from './support/step-url';

const PHONE = {width: 412, height: 915};
// Where the language is spoken first: the first place of the list, and its helpline for someone under 18.
const FIRST_PLACE = {fr: {country: 'fr', tap: 'tel:3018'}, en: {country: 'gb', tap: 'tel:08001111'}} as const;

const onFirstScreen = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox();
  expect(box, 'laid out').not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
};

for (const locale of LOCALES) {
  const m = ALL_MESSAGES[locale];

  test(`${locale}: two taps from the home page to "don't pay" and the helpline, on the first screen`, async ({page}) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}`);
    const entry = page.getByRole('link', {name: m.Lane.entryButton});
    await onFirstScreen(page, entry);

    await entry.click(); // tap 1
    await expect(page).toHaveURL(new RegExp(`/${locale}/now$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Lane.title);
    // "Don't pay" is the sextortion step's own summary, from its sourced content file.
    const summary = contentMarkers(locale).get('sextortion')!;
    await expect(page.locator('.lane__now')).toBeVisible();
    const place = page.locator('.lane__places a').first();
    await onFirstScreen(page, place);
    await expect(place).toHaveAttribute('href', `/${locale}/now/${FIRST_PLACE[locale].country}`);
    expect(summary.title.length).toBeGreaterThan(0);

    await place.click(); // tap 2
    const block = page.locator('section.right-now');
    await expect(block.locator('a.right-now__action').first()).toHaveAttribute('href', `/${locale}/help/sextortion`);
    const helpline = block.locator(`a.right-now__action[href="${FIRST_PLACE[locale].tap}"]`);
    await expect(helpline).toBeVisible();
    await onFirstScreen(page, helpline);
  });

  for (const country of COUNTRIES) {
    test(`${locale}: in ${country}, the lane gives "don't pay" and a tap to help on the first screen, and the plan keeps the place and the threat`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}/now/${country}`);
      const taps = page.locator('section.right-now a.right-now__action');
      expect(await taps.count()).toBeGreaterThan(1);
      for (const href of await taps.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
        expect(href).toMatch(/^(tel:|sms:|https:\/\/|\/)/);
      await onFirstScreen(page, taps.nth(1));
      await expect(page.getByRole('link', {name: m.Lane.plan})).toHaveAttribute('href', `/${locale}/questions/who?c=${country}&u=2`);
    });
  }

  test(`${locale}: from the lane, the questions keep the place and the threat, then ask where the threats come from`, async ({page}) => {
    await page.goto(`/${locale}/now/fr`);
    await page.getByRole('link', {name: m.Lane.plan}).click();
    await page.getByRole('radio', {name: m.Questions.who.me}).check();
    await page.getByRole('button', {name: m.Questions.continue}).click();
    await expect(page.getByRole('radio', {name: m.Questions.country.fr})).toBeChecked();
    await page.getByRole('button', {name: m.Questions.continue}).click();
    // On the situation's own page before going on: a click while the country's page is still shown would be lost.
    await expect(page).toHaveURL(atStep('situation', 'w=1&c=fr&u=2'));
    await page.getByRole('button', {name: m.Questions.continue}).click(); // the situation, threats already ticked
    await expect(page).toHaveURL(atStep('threatChannel'));
  });
}
