// Notices that start a legal clock: each person gets the letters that apply where they live, and once they give
// the day they sent one, the plan (with or without JavaScript), the PDF and the calendar show its deadline.
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';
import {addDays, formatDate, toIsoDate} from '../../lib/dates';
import {budgetFor} from './time-budget';
import {selectOther} from './messages';
import {atStep} from './support/step-url';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/**
 * The plan's follow-up form: give one day, send the form (a plain GET, so it works without JavaScript). The
 * letters' dates wait in a closed <details> until one is given.
 */
const giveDate = async (page: Page, label: string, day: string, submit: string) => {
  const input = page.getByLabel(label, {exact: true});
  if (!(await input.isVisible())) await page.locator('.follow-up__form details > summary').click();
  await input.fill(day);
  await page.getByRole('button', {name: submit}).click();
};

test('in the US: the TAKE IT DOWN letter, then its 48 hours in the plan and the calendar', async ({page}, testInfo) => {
  budgetFor(3);
  const m = en;
  await page.goto('/en/plan?c=us&p=x&a=30&b=30&k=4');
  const letterLink = page.locator('a[href*="/plan/notice"][href$="#take-it-down"]');
  await expect(letterLink).toHaveCount(1);
  await letterLink.click();
  await expect(page.getByRole('heading', {level: 2, name: m.NoticePage.kinds['take-it-down'].title})).toBeVisible();
  const letter = page.locator('#take-it-down-letter');
  await expect(letter).toContainText('/s/');
  await expect(letter).toContainText(m.TakeItDown.forgery);
  // Only the notices that apply in the US.
  await expect(page.locator('#erasure, #host-notice, #platform-complaint')).toHaveCount(0);

  await page.goto('/en/plan?c=us&p=x&a=30&b=30&k=4');
  await giveDate(page, m.FollowUp.clocks.takeItDown.label, '2026-11-20', m.FollowUp.submit);
  await expect(page).toHaveURL(/dt=2026-11-20/);
  await expect(page.getByText(fill(m.FollowUp.clocks.takeItDown.sent, {sent: formatDate('2026-11-20', 'en')}))).toBeVisible();
  await expect(page.getByText(fill(m.FollowUp.clocks.takeItDown.next, {date: formatDate('2026-11-23', 'en')}))).toBeVisible();
  // Without JavaScript the server makes the calendar file from the link's query; with JavaScript the plan is drawn
  // on the device, which makes the same file itself (device-journey.spec.ts compares the two): the server's is
  // checked here from the same answers.
  const serverFile = '/en/plan/reminders.ics?c=us&p=x&a=30&b=30&k=4&dt=2026-11-20';
  const javaScript = testInfo.project.use.javaScriptEnabled !== false;
  if (javaScript) await expect(page.getByRole('button', {name: m.FollowUp.calendar})).toBeVisible();
  const href = javaScript ? serverFile : (await page.getByRole('link', {name: m.FollowUp.calendar}).getAttribute('href'))!;
  // The calendar skips the days already past: its dates are checked against a letter sent today.
  const today = toIsoDate(new Date());
  const body = await (await page.request.get(href.replace('dt=2026-11-20', `dt=${today}`))).text();
  expect(body).toContain(`DTSTART;VALUE=DATE:${addDays(today, 3).replaceAll('-', '')}`);
  expect(body).not.toMatch(/SUMMARY:.*(TAKE|image|intime)/i);
});

test('in France: the notice to a host, the complaint if a platform refuses, the erasure request, and their clocks', async ({page}) => {
  budgetFor(3);
  const m = fr;
  const query = 'c=fr&p=website&p=x&a=15&b=16&k=2';
  await page.goto(`/fr/plan/notice?${query}`);
  for (const kind of ['host-notice', 'platform-complaint', 'erasure'] as const) {
    await expect(page.getByRole('heading', {level: 2, name: m.NoticePage.kinds[kind].title})).toBeVisible();
  }
  await expect(page.locator('#take-it-down')).toHaveCount(0);
  // Made at 15 in France: the erasure request cites article 51, and the page says the CNIL has three weeks.
  await expect(page.locator('#erasure-letter')).toContainText(m.Erasure.groundMinorFrance);
  await expect(page.locator('#erasure')).toContainText(m.NoticePage.kinds.erasure.minorFrance);
  // The complaint goes to platforms abroad too: it is also written in English.
  await expect(page.locator('#platform-complaint-letter-en')).toHaveAttribute('lang', 'en');

  await page.goto(`/fr/plan?${query}`);
  await giveDate(page, m.FollowUp.clocks.erasure.label, '2026-11-20', m.FollowUp.submit);
  await expect(page).toHaveURL(/dg=2026-11-20/);
  // One month from Friday 20 November ends on Sunday 20 December: the answer is due on Monday 21.
  await expect(
    page.getByText(fill(m.FollowUp.clocks.erasure.next, {date: formatDate('2026-12-22', 'fr'), authority: m.FollowUp.authority.fr})),
  ).toBeVisible();
  await giveDate(page, m.FollowUp.clocks.platformDecision.label, '2026-11-02', m.FollowUp.submit);
  await expect(page).toHaveURL(/dg=2026-11-20.*dh=2026-11-02/);
  await expect(page.getByText(formatDate('2027-05-02', 'fr'), {exact: false})).toBeVisible();
});

test('in Canada: no letter to send, the first report keeps its 7-day check', async ({page}) => {
  const m = en;
  await page.goto('/en/plan/notice?c=ca&r=on&p=instagram&a=24&b=25&k=1');
  await expect(page.getByText(m.NoticePage.none)).toBeVisible();
  await page.goto('/en/plan?c=ca&r=on&p=instagram&a=24&b=25&k=1');
  await expect(page.locator('.follow-up__form input[type="date"]')).toHaveCount(1);
  await giveDate(page, m.FollowUp.label, '2026-11-20', m.FollowUp.submit);
  await expect(page.getByText(fill(m.FollowUp.checkOn, {date: formatDate('2026-11-27', 'en')}))).toBeVisible();
});

test('the PDF fiche carries the letters and the dated next steps', async ({page}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-nojs', 'the PDF is made on the server: one project is enough');
  const response = await page.request.get('/en/plan/pdf?c=us&p=x&a=30&b=30&k=4&dt=2026-11-20');
  expect(response.status()).toBe(200);
  const path = testInfo.outputPath('fiche-us.pdf');
  writeFileSync(path, await response.body());
  const text = execFileSync('pdftotext', [path, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');
  expect(text).toContain(en.NoticePage.kinds['take-it-down'].title);
  expect(text).toContain('/s/');
  expect(text).toContain(formatDate('2026-11-23', 'en'));
});

test('an adult in the US whose own selfie is on X: who made it is asked, then the copyright notice comes first', async ({page}) => {
  budgetFor(3);
  const m = en;
  // After consent, with an image online made at 18 or over, the last question asks who made it.
  await page.goto('/en/questions/consent?c=us&u=3&p=x&a=24&b=25');
  await page.getByRole('radio', {name: selectOther(m.Questions.consent['sent-privately'])}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.madeBy.title);
  await page.getByRole('radio', {name: selectOther(m.Questions.madeBy.self)}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page).toHaveURL(atStep('check', 'c=us&p=x&a=24&b=25&k=2&u=3&m=1'));

  await page.goto('/en/plan/notice?c=us&p=x&a=24&b=25&k=2&u=3&m=1');
  const headings = page.getByRole('heading', {level: 2});
  await expect(headings.first()).toHaveText(m.NoticePage.kinds.copyright.title);
  const notice = page.locator('#copyright');
  // What matters for safety is said before the letter; the letter has no deadline to follow.
  await expect(notice).toContainText(m.NoticePage.kinds.copyright.safety);
  await expect(notice).toContainText(m.NoticePage.kinds.copyright.counter);
  await expect(page.locator('#copyright-letter')).toContainText('under penalty of perjury');
  await expect(notice.getByRole('link', {name: m.NoticePage.datesLink})).toHaveCount(0);
  await expect(page.locator('#take-it-down').getByRole('link', {name: m.NoticePage.datesLink})).toHaveCount(1);

  // The plan shows the copyright step, with the letter one tap away.
  await page.goto('/en/plan?c=us&p=x&a=24&b=25&k=2&u=3&m=1');
  await expect(page.locator('a[href*="/plan/notice"][href$="#copyright"]')).toHaveCount(1);
});
