// After "Leave this site", Back must not lead to a page listing the answers: with JavaScript the journey
// takes one history entry; without it, the browse-safely page says plainly that each step adds one.
import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import {selectOther} from './messages';
import {exitReady} from './support/exit-ready';

const NEUTRAL = fr.Layout.quickExitUrl;

// Each step of the journey moves the focus to its heading once its scripts run: act only then, as a click
// made before a page's scripts have loaded is an ordinary navigation.
const ready = async (page: Page, title: string) => {
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title);
  await expect(page.getByRole('heading', {level: 1})).toBeFocused();
};

test('with JavaScript, Back after leaving from the plan goes to the page before the questions', async ({page}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'replacing history entries needs JavaScript');
  const m = fr;
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({contentType: 'text/html', body: '<title>Météo</title><h1>Météo</h1>'}));
  await page.goto('/fr');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('link', {name: m.Home.start}).click();
  await ready(page, selectOther(m.Questions.who.title));
  await page.getByRole('radio', {name: m.Questions.who.me}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, selectOther(m.Questions.country.title));
  await page.getByRole('radio', {name: m.Questions.country.fr}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, selectOther(m.Questions.situation.title));
  await page.getByRole('checkbox', {name: m.Questions.situation.spreading}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, selectOther(m.Questions.platforms.title));
  await page.getByRole('checkbox', {name: m.Platforms.instagram}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  // A step back and forth, with the question's own back link, adds nothing either.
  await ready(page, selectOther(m.Questions.ages.title));
  await page.getByRole('link', {name: m.Questions.back}).click();
  await ready(page, selectOther(m.Questions.platforms.title));
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, selectOther(m.Questions.ages.title));
  await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('17');
  await page.getByLabel(selectOther(m.Questions.ages.ageNow)).fill('19');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, selectOther(m.Questions.consent.title));
  await page.getByRole('radio', {name: selectOther(m.Questions.consent['never-agreed'])}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await ready(page, m.Check.title);
  await page.getByRole('link', {name: m.Check.submit}).click();
  await ready(page, m.Plan.title);
  await page.getByLabel(m.FollowUp.label).fill('2026-11-02');
  await page.getByRole('button', {name: m.FollowUp.submit}).click();
  await expect(page).toHaveURL(/d=2026-11-02/);
  await ready(page, m.Plan.title);
  expect(await page.evaluate(() => history.length), 'the whole journey is one entry').toBe(entries + 1);

  await exitReady(page);
  await page.getByRole('link', {name: m.Layout.quickExit}).click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
});

test('the browse-safely page says plainly what Back can show without JavaScript', async ({page}) => {
  await page.goto('/fr/browse-safely');
  await expect(page.getByText(/Sans JavaScript .*le bouton Retour ramène à chaque page ouverte, votre plan et vos réponses compris/)).toBeVisible();
  await page.goto('/en/browse-safely');
  await expect(
    page.getByText(/Without JavaScript .*the Back button leads back to each page you opened, your plan and your answers included/),
  ).toBeVisible();
});
