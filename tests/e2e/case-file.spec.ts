// The case file kept on the device: records per link or account, the police PDF and the encrypted export made in
// the browser, the file opened on another device, "describe once" in the letters, the re-check reminders, and
// "Delete everything" leaving nothing behind. Every request the page makes is watched: none carries what was typed.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import ICAL from 'ical.js';
import {devices, expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import {axeViolations} from './axe';
import {addDays, formatDate, toIsoDate} from '../../lib/dates';

const m = fr.Journal;
const PASSPHRASE = 'une longue phrase secrète';
// Long enough for a slow machine: the passphrase costs 600,000 rounds of PBKDF2 in the browser.
const CRYPTO_BUDGET = 30_000;
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');

const SECRETS = ['x.com/someone/status/111', '@someone', 'carte cadeau', 'CASE-77', 'insta_other', 'chambre'];

/** Every request the page sends to this site, address and body, to check that nothing typed leaves the device. */
const watchRequests = (page: Page) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  return sent;
};

const addRecord = async (page: Page, record: {platform: string; link: string; account: string; payment?: string}) => {
  const form = page.locator('form').filter({has: page.getByRole('heading', {name: m.record.addTitle})});
  await form.getByLabel(m.record.platform, {exact: true}).fill(record.platform);
  await form.getByLabel(m.record.link, {exact: true}).fill(record.link);
  await form.getByLabel(m.record.account, {exact: true}).fill(record.account);
  if (record.payment) await form.getByLabel(m.record.payment, {exact: true}).fill(record.payment);
  await form.getByRole('button', {name: m.record.add}).click();
};

const stored = (page: Page) => page.evaluate(() => ({local: window.localStorage.length, keys: Object.keys(window.localStorage)}));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'the case file needs JavaScript');
});

test('a case file: two records, the police PDF, the encrypted file opened on another device, then deleted', async ({page, browser}, testInfo) => {
  test.setTimeout(120_000);
  const sent = watchRequests(page);
  await page.goto('/fr/journal');
  await expect(page.getByRole('button', {name: m.enable})).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await page.getByRole('button', {name: m.enable}).click();

  await addRecord(page, {platform: 'X (Twitter)', link: 'https://x.com/someone/status/111', account: '@someone', payment: '200 € en carte cadeau'});
  await addRecord(page, {platform: 'Instagram', link: 'https://www.instagram.com/p/abc/', account: 'insta_other'});
  const first = page.locator('.journal__entry').filter({hasText: '@someone'});
  await expect(page.locator('.journal__entry')).toHaveCount(2);

  // A copyright notice sent on Friday 20 November 2026: a week later, look for an answer.
  await first.getByText(m.report.addTitle).click();
  await first.getByLabel(m.report.kind, {exact: true}).selectOption({label: m.kinds.copyright});
  await first.getByLabel(m.report.date, {exact: true}).fill('2026-11-20');
  await first.getByLabel(m.report.reference, {exact: true}).fill('CASE-77');
  await first.getByRole('button', {name: m.report.add}).click();
  await expect(first).toContainText(m.nextSteps.copyright.replace('{date}', '27 novembre 2026'));

  // Describe once.
  await page.getByText(m.about.title, {exact: true}).click();
  await page.getByLabel(m.about.description, {exact: true}).fill('une photo prise dans ma chambre');
  await page.getByRole('button', {name: m.about.save}).click();
  await expect(page.getByText(m.about.saved)).toBeVisible();

  // Kept across a reload, on this device only.
  await page.reload();
  await expect(page.locator('.journal__entry')).toHaveCount(2);

  // The police PDF, made in the browser: both records, the report and its number, and no image.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', {name: m.pdf.download}).click();
  const pdfPath = testInfo.outputPath('case-file.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  const text = pdfText(pdfPath);
  for (const expected of [
    m.pdf.title,
    m.pdf.noImage,
    'https://x.com/someone/status/111',
    '@someone',
    '200 € en carte cadeau',
    'insta_other',
    'CASE-77',
    m.kinds.copyright,
    'une photo prise dans ma chambre',
  ])
    expect(text).toContain(expected);
  expect(execFileSync('pdfimages', ['-list', pdfPath], {encoding: 'utf8'}).trim().split('\n').length, 'no image in the PDF').toBe(2);

  // The encrypted file: nothing readable in it.
  await page.getByText(m.transfer.title).click();
  await page.getByLabel(m.transfer.passphrase, {exact: true}).fill(PASSPHRASE);
  await page.getByLabel(m.transfer.passphraseAgain, {exact: true}).fill(PASSPHRASE);
  const fileDownload = page.waitForEvent('download', {timeout: CRYPTO_BUDGET});
  await page.getByRole('button', {name: m.transfer.export}).click();
  const exportPath = testInfo.outputPath('case-file.json');
  await (await fileDownload).saveAs(exportPath);
  const exported = readFileSync(exportPath, 'utf8');
  for (const secret of SECRETS) expect(exported).not.toContain(secret);
  await expect(page.getByText(m.transfer.exported)).toBeVisible();

  // Nothing typed reached the server.
  for (const secret of SECRETS) expect(sent.filter((line) => line.includes(secret.replace('@', '')))).toEqual([]);

  // Another device: a fresh browser context, with nothing stored.
  const other = await browser.newContext({...devices['Pixel 7'], baseURL: testInfo.project.use.baseURL});
  const phone = await other.newPage();
  await phone.goto('/fr/journal');
  await phone.getByText(m.transfer.title).click();
  await phone.getByLabel(m.transfer.file, {exact: true}).setInputFiles(exportPath);
  await phone.getByLabel(m.transfer.importPassphrase, {exact: true}).fill('pas la bonne phrase');
  await phone.getByRole('button', {name: m.transfer.import}).click();
  await expect(phone.getByText(m.transfer.wrongPassphrase)).toBeVisible({timeout: CRYPTO_BUDGET});
  await phone.getByLabel(m.transfer.file, {exact: true}).setInputFiles(exportPath);
  await phone.getByLabel(m.transfer.importPassphrase, {exact: true}).fill(PASSPHRASE);
  await phone.getByRole('button', {name: m.transfer.import}).click();
  await expect(phone.locator('.journal__entry')).toHaveCount(2, {timeout: CRYPTO_BUDGET});
  await expect(phone.locator('.journal__entry').filter({hasText: '@someone'})).toContainText('CASE-77');
  await other.close();

  // Delete everything: nothing left in storage.
  await page.getByRole('button', {name: m.deleteAll}).click();
  await page.getByRole('button', {name: m.deleteYes}).click();
  await expect(page).toHaveURL(/\/fr\/cleared$/);
  expect(await stored(page)).toEqual({local: 0, keys: []});
});

test('a new copy found: the same request again, for its own link, with its own clock', async ({page}) => {
  await page.goto('/fr/journal');
  await page.getByRole('button', {name: m.enable}).click();
  await addRecord(page, {platform: 'X (Twitter)', link: 'https://x.com/someone/status/111', account: '@someone'});
  const first = page.locator('.journal__entry').first();
  await first.getByText(m.report.addTitle).click();
  await first.getByLabel(m.report.kind, {exact: true}).selectOption({label: m.kinds['host-notice']});
  await first.getByRole('button', {name: m.report.add}).click();
  await first.getByText(m.record.newCopy).click();
  await first.getByLabel(m.record.newCopyLink, {exact: true}).fill('https://x.com/someone/status/222');
  await first.getByRole('button', {name: m.record.newCopyAdd}).click();
  const copy = page.locator('.journal__entry').filter({hasText: 'status/222'});
  await expect(copy).toContainText('@someone');
  await expect(copy).toContainText(m.kinds['host-notice']);
  const today = toIsoDate(new Date());
  // Every form open at once, as a screen reader or keyboard meets them.
  const closed = page.locator('details:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
  expect(await axeViolations(page)).toEqual([]);
  await expect(copy).toContainText(m.nextSteps['host-notice'].replace('{date}', formatDate(addDays(today, 7), 'fr')));
});

test('describe once: the letters\u2019 blanks are filled on the device, and can be put back', async ({page}) => {
  const sent = watchRequests(page);
  await page.goto('/fr/journal');
  await page.getByRole('button', {name: m.enable}).click();
  await addRecord(page, {platform: 'X (Twitter)', link: 'https://x.com/someone/status/111', account: '@someone'});
  await page.getByText(m.about.title, {exact: true}).click();
  await page.getByLabel(m.about.name, {exact: true}).fill('Camille D.');
  await page.getByRole('button', {name: m.about.save}).click();

  await page.goto('/fr/plan/notice?c=fr&p=x&a=25&i=25&k=1&w=1&s=1');
  const letter = page.locator('.letter').first();
  await expect(letter).toContainText('[votre nom]');
  await page.getByRole('button', {name: m.fill.fill}).click();
  await expect(letter).toContainText('Camille D.');
  await expect(letter).toContainText('https://x.com/someone/status/111');
  await expect(letter).not.toContainText('[votre nom]');
  await page.getByRole('button', {name: m.fill.undo}).click();
  await expect(letter).toContainText('[votre nom]');
  for (const secret of ['Camille', 'status/111']) expect(sent.filter((line) => line.includes(secret))).toEqual([]);
});

test('watching for copies: neutral reminders made on the device, searches typed at the time, no image search for a minor', async ({
  page,
}, testInfo) => {
  const sent = watchRequests(page);
  await page.goto('/fr/journal');
  const download = page.waitForEvent('download');
  await page.getByRole('button', {name: m.watch.calendar}).click();
  const path = testInfo.outputPath('reminders.ics');
  await (await download).saveAs(path);
  const ics = readFileSync(path, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.summary)).toEqual([m.watch.calendarTitle, m.watch.calendarTitle, m.watch.calendarTitle]);
  expect(events[0]?.startDate.toString()).toBe(addDays(toIsoDate(new Date()), 7));
  expect(ics).not.toMatch(/https?:|plan\?|[?&][a-z]=/);

  await page.getByLabel(m.watch.searchWords, {exact: true}).fill('pseudo123');
  await expect(page.getByRole('link', {name: 'Google'})).toHaveAttribute('href', 'https://www.google.com/search?q=pseudo123');
  await expect(page.getByRole('link', {name: 'Reddit'})).toHaveAttribute('href', 'https://www.reddit.com/search/?q=pseudo123');
  expect(sent.filter((line) => line.includes('pseudo123'))).toEqual([]);

  for (const answer of [m.watch.imageYes, m.watch.imageUnsure]) {
    await page.getByLabel(answer, {exact: true}).check();
    await expect(page.getByText(m.watch.imageMinor)).toBeVisible();
    await expect(page.getByRole('link', {name: 'TinEye'})).toHaveCount(0);
  }
  await page.getByLabel(m.watch.imageNo, {exact: true}).check();
  await expect(page.getByText(m.watch.imageMinor)).toHaveCount(0);
  await expect(page.getByRole('link', {name: 'TinEye'})).toHaveAttribute('href', 'https://tineye.com/');
});
