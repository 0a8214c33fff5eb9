import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';
import {SCENARIOS} from '../scenarios';
import {selectOther} from './messages';

test('a tampered link still gives a plan, and says calmly what it could not use', async ({page}) => {
  const response = await page.goto('/fr/plan?c=fr&p=myspace&p=x&a=abc&b=16&k=9&u=7&u=2');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', {level: 2, name: fr.Plan.unusableTitle})).toBeVisible();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Plan.title);
  await expect(page.getByRole('heading', {level: 2, name: selectOther(fr.Plan.sections.threats)})).toBeVisible();
  await page.getByRole('link', {name: fr.Plan.answerMissing}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(fr.Questions.ages.title));
});

test('a link with nothing usable offers to answer the questions', async ({page}) => {
  const response = await page.goto(`/en/plan?c=${'%3Cscript%3E'.repeat(20)}&zzz=1`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(en.Plan.emptyTitle);
  await expect(page.locator('script:not([src])').filter({hasText: '<script>'})).toHaveCount(0);
});

test('an unknown question or page is a friendly 404', async ({page}) => {
  const response = await page.goto('/fr/questions/favourite-colour');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.NotFound.title);
});

test('the language switch keeps the answers', async ({page}) => {
  const query = 'c=ca&r=qc&p=instagram&a=16&b=17&k=1&u=3';
  await page.goto(`/fr/plan?${query}`);
  await page.getByRole('link', {name: en.Layout.languageName}).click();
  await expect(page).toHaveURL(new RegExp(`/en/plan[?#]${query}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(en.Plan.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', {name: fr.Layout.languageName}).click();
  await expect(page).toHaveURL(new RegExp(`/fr/plan[?#]${query}$`));
});

test('the home page sends visitors to their language, French by default', async ({page, browser}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr$/);
  const english = await browser.newContext({locale: 'en-CA'});
  const englishPage = await english.newPage();
  await englishPage.goto(new URL('/', page.url()).toString());
  await expect(englishPage).toHaveURL(/\/en$/);
  await english.close();
});

for (const scenario of SCENARIOS) {
  test(`plan sections for: ${scenario.name}`, async ({page}) => {
    await page.goto(`/fr/plan?${scenario.query}`);
    const headings = await page.locator('section.plan-section > h2').allTextContents();
    const expected = scenario.sections.map((id, index) => `${index + 1}. ${selectOther(fr.Plan.sections[id as keyof typeof fr.Plan.sections])}`);
    expect(headings.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(expected);
  });
}
