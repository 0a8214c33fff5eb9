// After "Leave this site", Back must never show a page that carries answers, whichever page the person left
// from: the plan, or any page the plan links to (a step in full, a guide, the journal, the texts, the letters).
// Without JavaScript, the browse-safely page and the note next to the exit link say so plainly.
import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import {budgetFor} from './time-budget';
import {exitReady} from './support/exit-ready';

const NEUTRAL = fr.Layout.quickExitUrl;
const PLAN = 'w=2&c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2';
// The case file's page shows what the person wrote on this device: it is guarded like a page with answers.
const ANSWER_PAGE = /^\/(fr|en)\/(plan|check|questions|journal)(\/|$)/;

test.beforeEach(async ({context}) => {
  // The neutral site is outside this machine's reach: answer for it.
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({contentType: 'text/html', body: '<title>Météo</title><h1>Météo</h1>'}));
});

test('with JavaScript, from the plan and every kind of page it links to, Back after leaving never shows a page with answers', async ({
  page,
  context,
}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'sending Back on to the neutral site needs JavaScript');
  await page.goto(`/fr/plan?${PLAN}`);
  // One page of each kind the plan links to (every step in full is the same kind of page).
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const kinds = new Map<string, string>();
  for (const href of hrefs) {
    const path = href.split(/[?#]/)[0]!;
    // The same plan in the other language is the same kind of page, with its own words for the exit.
    if (/\.(pdf|ics)$|\/pdf$/.test(path) || path === '/fr/plan' || !path.startsWith('/fr/')) continue;
    const kind = path.split('/').slice(0, 3).join('/') + (path.startsWith('/fr/plan/') ? path : '');
    if (!kinds.has(kind)) kinds.set(kind, href);
  }
  expect([...kinds.keys()]).toEqual(expect.arrayContaining(['/fr/help', '/fr/guides', '/fr/journal']));
  budgetFor(kinds.size + 1);
  for (const href of ['', ...kinds.values()]) {
    // A new tab each time: the history of the one before ends on the neutral site.
    const tab = await context.newPage();
    await tab.goto('/fr');
    await tab.goto(`/fr/plan?${PLAN}`);
    if (href) {
      await tab.locator(`main a[href="${href}"]`).first().click();
      await expect(tab).not.toHaveURL(`/fr/plan?${PLAN}`);
    }
    await expect(tab.getByRole('heading', {level: 1}).first()).toBeVisible();
    await exitReady(tab);
    await tab.getByRole('link', {name: fr.Layout.quickExit}).click();
    await expect(tab).toHaveURL(NEUTRAL);
    for (let back = 0; back < 3; back += 1) {
      await tab.goBack().catch(() => undefined);
      // A page with answers shown again must send the person on at once.
      await expect.poll(() => new URL(tab.url()).pathname, {message: `left from ${href || 'the plan'}, Back ${back + 1}`}).not.toMatch(ANSWER_PAGE);
    }
    await tab.close();
  }
});

test('without JavaScript, a note next to the exit says Back can lead to the answers, and where to read more', async ({page}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled !== false, 'the note is for browsers without JavaScript');
  await page.goto(`/fr/plan?${PLAN}`);
  const note = page.getByRole('link', {name: fr.Layout.quickExitNoScript});
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('href', '/fr/browse-safely');
});

test('the calendar file carries no answer and no link to the plan', async ({request}) => {
  const query = `${PLAN}&p=onlyfans&u=1&d=2026-12-01&dg=2026-12-02`;
  const response = await request.get(`/fr/plan/reminders.ics?${query}`);
  expect(response.status()).toBe(200);
  const ics = (await response.text()).replace(/\r\n[ \t]/g, ''); // unfold long lines
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).not.toMatch(/\/plan|[?&](w|c|p|a|b|k|u|d|dg)=|snapchat|onlyfans|\b1[56] ans\b/i);
  for (const line of ics.split('\r\n').filter((each) => each.startsWith('DESCRIPTION') || each.startsWith('SUMMARY'))) {
    expect(line).not.toMatch(/https?:\/\/[^ ]*\?/);
  }
});
