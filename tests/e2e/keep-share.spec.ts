import {selectOther} from './messages';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {addDays, toIsoDate} from '../../lib/dates';
import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';

const MESSAGES = {fr, en} as const;
const QUERY = 'c=fr&p=snapchat&p=x&a=15&b=16&k=2&u=2';
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], {encoding: 'utf8'});

for (const locale of ['fr', 'en'] as const) {
  test(`${locale}: the fiche pratique downloads as a PDF with the plan's sections, links and numbers`, async ({page}, testInfo) => {
    test.skip(testInfo.project.name !== 'phone-nojs', 'the PDF is made on the server: one project is enough');
    const m = MESSAGES[locale];
    await page.goto(`/${locale}/plan?${QUERY}`);
    const link = page.getByRole('link', {name: m.Keep.pdf});
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toContain('fiche.pdf');
    const path = testInfo.outputPath('fiche.pdf');
    const {writeFileSync} = await import('node:fs');
    writeFileSync(path, await response.body());
    const text = pdfText(path).replace(/\s+/g, ' ');
    for (const section of ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'] as const) {
      expect(text).toContain(selectOther(m.Plan.sections[section]));
    }
    expect(text).toContain('3018');
    expect(text).toContain('pointdecontact.net');
    expect(text).toContain(`/${locale}/plan?c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2`);
    expect(text).toContain(m.Platforms.snapchat);
    // A label and its value as the locale writes them: "Pays : En France", "Country: In France".
    expect(text).toContain(locale === 'fr' ? 'Pays : En France' : 'Country: In France');
    if (locale === 'fr') {
      expect(text).toContain('« ');
      expect(text).toContain('préparé');
    }
    const info = execFileSync('pdfinfo', [path], {encoding: 'utf8'});
    expect(info).toMatch(new RegExp(`Title:\\s+${m.Pdf.title}`));
    // Laid out for paper: every page numbered, the steps from page 2, no section title left alone at a page's foot.
    const total = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const pages = execFileSync('pdftotext', [path, '-'], {encoding: 'utf8'}).split('\f').slice(0, total);
    const footer = (n: number) => m.Pdf.page.replace('{page}', String(n)).replace('{total}', String(total));
    const sectionTitles = Object.values(m.Plan.sections).map(selectOther);
    pages.forEach((pageText, index) => {
      expect(pageText, `page ${index + 1}`).toContain(footer(index + 1));
      const lines = pageText
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && line !== footer(index + 1) && line !== m.Pdf.title && !line.startsWith(m.Pdf.title + ' '));
      const last = lines.at(-1) ?? '';
      expect(
        sectionTitles.some((title) => last.endsWith(`. ${title}`)),
        `page ${index + 1} ends with "${last}"`,
      ).toBe(false);
    });
    expect(pages[1]?.trim().split('\n')[0]).toMatch(/^1\. /);
    // Page 1 is ready for the police: the fields they ask for, with room to write, and why no image is attached
    // (the image was made at 15).
    const first = pages[0]!.replace(/\s+/g, ' ');
    for (const field of ['title', 'accounts', 'links', 'dates', 'demands', 'numbers', 'noImage'] as const) {
      expect(first, field).toContain(m.Pdf.case[field].replace(/\s+/g, ' ').slice(0, 40));
    }
    expect(readFileSync(path).toString('latin1')).toContain(`/Lang (${locale})`);
  });
}

test('the date of the first report gives dated next steps and a calendar file', async ({page}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-nojs', 'with JavaScript the plan is drawn on the device, which makes the file: device-journey.spec.ts');
  const m = MESSAGES.fr;
  await page.goto(`/fr/plan?${QUERY}`);
  await page.getByLabel(m.FollowUp.label).fill('2026-11-02');
  await page.getByRole('button', {name: m.FollowUp.submit}).click();
  await expect(page).toHaveURL(/d=2026-11-02/);
  await expect(page.getByText(m.FollowUp.checkOn.replace('{date}', '9 novembre 2026'))).toBeVisible();
  await expect(page.getByText('Le 2 décembre 2026 :', {exact: false})).toBeVisible();
  const href = (await page.getByRole('link', {name: m.FollowUp.calendar}).getAttribute('href'))!;
  // The calendar skips the days already past: its dates are checked against a report made today.
  const today = toIsoDate(new Date());
  const response = await page.request.get(href.replace('d=2026-11-02', `d=${today}`));
  expect(response.headers()['content-type']).toContain('text/calendar');
  const body = await response.text();
  expect(body).toContain(`DTSTART;VALUE=DATE:${addDays(today, 7).replaceAll('-', '')}`);
  expect(body).toContain('SUMMARY:Rappel');
  const past = await (await page.request.get(href)).text();
  for (const [, day] of past.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)) expect(Number(day)).toBeGreaterThanOrEqual(Number(today.replaceAll('-', '')));
  testInfo.annotations.push({type: 'ics', description: `${body.length} bytes`});
});

test('the plan link can be selected, and copied where JavaScript runs', async ({page, context}, testInfo) => {
  const m = MESSAGES.en;
  await page.goto(`/en/plan?${QUERY}`);
  const field = page.getByLabel(m.Keep.shareLabel);
  // With JavaScript, the link shared is the fragment form, even from a query link: whoever opens it sends nothing.
  const javaScript = testInfo.project.use.javaScriptEnabled !== false;
  await expect(field).toHaveValue(new RegExp(`/en/plan${javaScript ? '#' : '\\?'}c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2$`));
  if (!javaScript) {
    await expect(page.getByRole('button', {name: m.Keep.copyLink})).toHaveCount(0);
    return;
  }
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', {name: m.Keep.copyLink}).click();
  await expect(page.getByText(m.Keep.linkCopied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/plan#c=fr&p=x/);
});

test('each platform gets a ready-to-paste report text, in French and in English, one tap from its step', async ({page}) => {
  await page.goto(`/fr/plan?${QUERY}`);
  await page.getByRole('link', {name: fr.Texts.writeTitle}).first().click();
  // With JavaScript, in the fragment form (components/history/JourneyHistory.tsx).
  await expect(page).toHaveURL(/\/fr\/plan\/texts[?#]/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Texts.pageTitle);
  const local = page.getByLabel(fr.Texts.writeLabel).first();
  await expect(local).toHaveValue(/J'avais 15 ans quand elle a été faite\. J'ai aujourd'hui 16 ans\./);
  await expect(page.getByLabel(fr.Texts.writeLabelEn).first()).toHaveValue(/I was 15 years old when it was made/);
});

test('a link far too long is refused calmly by the PDF route', async ({request}) => {
  const response = await request.get(`/fr/plan/pdf?c=fr&p=x&z=${'a'.repeat(4000)}`);
  expect(response.status()).toBe(414);
});
