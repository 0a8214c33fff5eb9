// The whole journey with JavaScript, from the home page to the plan: the questions and the check page are drawn on
// the device (components/questions/DeviceJourney.tsx) and the plan too, so no request the browser makes carries an
// answer, in its address (query or path) or its body. Every request is recorded and printed.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {expect, test, type Page, type Request} from '@playwright/test';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import {QUERY_KEYS} from '../../lib/answers/url-contract';
import {QUESTION_IDS} from '../../lib/answers/questions';
import {SITE_SCRIPTS} from '../../lib/offline-pages';
import {selectOther} from './messages';
import {exitReady} from './support/exit-ready';

test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'the device draws the journey with JavaScript');

const m = fr;
const ANSWERS = 'w=1&c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2&t=snapchat';
/** Any key of the URL contract in a query string. */
const CONTRACT_KEY = new RegExp(`[?&](${Object.values(QUERY_KEYS).join('|')})=`);

const next = async (page: Page, heading: string, act: () => Promise<void>) => {
  await expect(page.getByRole('heading', {level: 1})).toHaveText(heading);
  await act();
  await page.getByRole('button', {name: m.Questions.continue}).click();
};

test('the whole journey, home to plan, its texts, letters and files, and back to a change: no request carries an answer', async ({
  page,
}, testInfo) => {
  // The PDF is laid out in the browser: its own budget on a busy machine.
  test.setTimeout(240_000);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  // Which of them reached the network: a response from the browser's own cache never did.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const network: string[] = [];
  const fromCache = new Set<string>();
  const seen = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({requestId, request}) => seen.set(requestId, request.url));
  cdp.on('Network.requestServedFromCache', ({requestId}) => fromCache.add(requestId));
  cdp.on('Network.responseReceived', ({requestId, response}) => {
    if (response.fromDiskCache || fromCache.has(requestId)) return;
    network.push(new URL(seen.get(requestId) ?? response.url).pathname);
  });
  await page.goto('/fr');
  await exitReady(page);
  await page.getByRole('link', {name: m.Home.start}).click();
  await exitReady(page);

  await next(page, m.Questions.who.title, () => page.getByRole('radio', {name: m.Questions.who.me}).check());
  await next(page, selectOther(m.Questions.country.title), () => page.getByRole('radio', {name: m.Questions.country.fr}).check());
  await next(page, m.Questions.situation.title, () => page.getByRole('checkbox', {name: selectOther(m.Questions.situation.threats)}).check());
  await next(page, selectOther(m.Questions.threatChannel.title), () => page.getByRole('checkbox', {name: m.Platforms.snapchat}).check());
  await next(page, selectOther(m.Questions.platforms.titleThreatened), async () => {
    await page.getByRole('checkbox', {name: m.Platforms.x}).check();
    await page.getByRole('checkbox', {name: m.Platforms.snapchat}).check();
  });
  await next(page, selectOther(m.Questions.ages.title), async () => {
    await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('15');
    await page.getByLabel(selectOther(m.Questions.ages.ageNow)).fill('16');
  });
  await next(page, m.Questions.consent.title, () => page.getByRole('radio', {name: selectOther(m.Questions.consent['sent-privately'])}).check());

  // The check page, on the device: the answers after `#`, on the questions' one address.
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Check.title);
  await expect(page).toHaveURL(new RegExp(`/fr/questions#q=check&${ANSWERS}$`));
  await expect(page.getByText(`${m.Platforms.x}, ${m.Platforms.snapchat}`)).toBeVisible();
  await page.getByRole('link', {name: m.Check.submit}).click();

  await expect(page).toHaveURL(new RegExp(`/fr/plan#${ANSWERS}$`));
  await expect(page.locator('.plan-title')).toHaveText(m.Plan.title);
  await expect(page.locator('main section').first()).toBeVisible();
  await expect(page.locator('a[href="tel:3018"]').first()).toBeVisible();
  // Said before anything is made: the files, the texts and the letters are made here too.
  await expect(page.getByText(m.Keep.madeOnDevice)).toBeVisible();
  // Following up: the date goes after `#` too, and the plan is drawn again with its next steps.
  await page.getByLabel(m.FollowUp.label).fill('2026-11-02');
  await page.getByRole('button', {name: m.FollowUp.submit}).click();
  // As the plain form sends it: the letters' dates left empty come along empty.
  await expect(page).toHaveURL(new RegExp(`/fr/plan#${ANSWERS}&d=2026-11-02(&d[a-z]=)*$`));
  await expect(page.locator('.plan-title')).toHaveText(m.Plan.title);
  await expect(page.locator('ul.follow-up')).toBeVisible();

  // The calendar file and the PDF fiche, made on the device.
  const calendar = page.waitForEvent('download');
  await page.getByRole('button', {name: m.FollowUp.calendar}).click();
  const ics = await calendar;
  expect(ics.suggestedFilename()).toBe('rappel.ics');
  const icsText = readFileSync(await ics.path(), 'utf8');
  expect(icsText).toContain('BEGIN:VCALENDAR');
  // The same file as the server makes from the same answers (asked for here outside the page's own requests).
  const fromServer = await page.request.get(`/fr/plan/reminders.ics?${ANSWERS}&d=2026-11-02`);
  const stamped = /^DTSTAMP:.*\r?\n/gm;
  expect(icsText.replace(stamped, '')).toBe((await fromServer.text()).replace(stamped, ''));
  const fiche = page.waitForEvent('download', {timeout: 120_000});
  await page.getByRole('button', {name: m.Keep.pdf}).click();
  const pdf = await fiche;
  expect(pdf.suggestedFilename()).toBe('fiche.pdf');
  const pdfPath = testInfo.outputPath('fiche.pdf');
  await pdf.saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');
  for (const section of ['threats', 'evidence', 'report'] as const) expect(pdfText).toContain(selectOther(m.Plan.sections[section]));
  expect(pdfText).toContain('3018');
  expect(pdfText).toContain('Pays : En France');
  // Its printed link is the plan's fragment address: the answers stay on paper and on the device.
  expect(pdfText).toContain('/fr/plan#w=1&c=fr');

  // The texts to copy and the letters, drawn on the device from the same fragment; back to the plan from each.
  await page.locator('a[href^="/fr/plan/texts#"]').first().click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Texts.pageTitle);
  await expect(page.locator('.copyable textarea').first()).toHaveValue(/15/);
  await page.locator('a.back-link').click();
  await expect(page.locator('.plan-title')).toHaveText(m.Plan.title);
  await page.locator('a[href^="/fr/plan/notice#"]').first().click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.NoticePage.title);
  await expect(page.locator('.letter').first()).toBeVisible();
  await page.locator('a.back-link').click();
  await expect(page.locator('.plan-title')).toHaveText(m.Plan.title);
  // Changing an answer goes back to the check page, on the device.
  await page.getByRole('link', {name: m.Plan.changeAnswers}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Check.title);
  await expect(page).toHaveURL(new RegExp(`/fr/questions#q=check&${ANSWERS}&d=2026-11-02$`));
  await page.waitForLoadState('networkidle');

  // Requests to the site (the files made on the device are blob: and data: addresses, never sent).
  const sent = requests
    .filter((request) => request.url().startsWith('http'))
    .map((request) => ({method: request.method(), url: new URL(request.url()), body: request.postData() ?? ''}));
  console.log(`requests of one journey, home to plan:\n${sent.map(({method, url}) => `  ${method} ${url.pathname}${url.search}`).join('\n')}`);
  // The icon is asked for again at each step drawn, but from the browser's cache: how often the server saw it
  // would say how many questions were asked. Once per page at most.
  expect(network.filter((path) => path === '/icon.svg').length).toBeLessThanOrEqual(3);
  const answerParts = [...new URLSearchParams(ANSWERS)].map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  for (const {method, url, body} of sent) {
    const address = `${url.pathname}${url.search}`;
    expect(method, address).toBe('GET');
    expect(body, address).toBe('');
    expect(url.search, address).not.toMatch(CONTRACT_KEY);
    for (const part of answerParts) expect(address, address).not.toContain(part);
    // Which question comes next says something of the answers (the province: Canada): only the neutral address.
    for (const question of QUESTION_IDS) expect(url.pathname, address).not.toMatch(new RegExp(`/questions/${question}$`));
    expect(url.pathname, address).not.toMatch(/\/(check|guides\/.+)$/);
  }
  // The pages a person sees: the home page, the questions' address, the plan's (again after the follow-up's
  // date, drawn again), its texts and its letters (back to the plan from each), the questions' address (changing
  // an answer). The data files and the site's static scripts are the same for everyone.
  const pages = sent
    .filter(({url}) => !SITE_SCRIPTS.includes(url.pathname) && !/^\/(_next|icon|sw)|\.json$/.test(url.pathname))
    .map(({url}) => url.pathname);
  expect(pages).toEqual([
    '/fr',
    '/fr/questions',
    '/fr/plan',
    '/fr/plan',
    '/fr/plan/texts',
    '/fr/plan',
    '/fr/plan/notice',
    '/fr/plan',
    '/fr/questions',
  ]);
  const data = sent.filter(({url}) => url.pathname.endsWith('.json')).map(({url}) => url.pathname);
  expect(new Set(data)).toEqual(new Set(['/fr/plan-data.json', '/fr/texts-data.json', '/fr/fiche-data.json']));
});

test('Back on a question drawn on the device shows the step before, with its answer kept, still without a request', async ({page}) => {
  await page.goto('/fr/questions');
  await exitReady(page);
  await next(page, m.Questions.who.title, () => page.getByRole('radio', {name: m.Questions.who.me}).check());
  await next(page, selectOther(m.Questions.country.title), () => page.getByRole('radio', {name: m.Questions.country.ca}).check());
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.province.title));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('a.back-link').click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title));
  await expect(page.getByRole('radio', {name: m.Questions.country.ca})).toBeChecked();
  await expect(page.getByRole('heading', {level: 1})).toBeFocused();
  // The browser may fetch the site's icon again for the new address: a file the same for everyone.
  expect(requests.filter((url) => !new URL(url).pathname.startsWith('/icon.svg'))).toEqual([]);
});

test('a step reloaded from its address is drawn again from the fragment', async ({page}) => {
  await page.goto('/fr/questions#q=ages&w=1&c=fr&u=2&t=snapchat&p=x');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.ages.title));
  await expect(page.getByRole('link', {name: 'English'})).toHaveAttribute('href', '/en/questions#q=ages&w=1&c=fr&u=2&t=snapchat&p=x');
  // The page for an address without answers (the first question) never shows first.
  await page.reload();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.ages.title));
});

test('an old query link to a step moves its answers after "#" and goes on on the device', async ({page}) => {
  await page.goto('/fr/questions/ages?c=fr&p=x&u=2&t=snapchat');
  await expect(page).toHaveURL(/\/fr\/questions#q=ages&c=fr&p=x&u=2&t=snapchat$/);
  await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('15');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.consent.title);
  await expect(page).toHaveURL(/\/fr\/questions#q=consent&c=fr&p=x&a=15&b=&u=2&t=snapchat$/);
});

test('a plan opened from an old query link sends no answer after that first request: its links, share link and date', async ({page}) => {
  test.setTimeout(120_000);
  await page.goto(`/fr/plan?${ANSWERS}`);
  // The server saw this request; the page then moves the answers after `#` (components/plan/AnswersToFragment.tsx).
  await expect(page).toHaveURL(new RegExp(`/fr/plan#${ANSWERS}$`));
  await exitReady(page);
  // What the page asks for from here on; the test's own visits to the query link are not recorded.
  const after: Request[] = [];
  let recording = true;
  page.on('request', (request) => void (recording && after.push(request)));
  // The link to share is the fragment form, like the address.
  await expect(page.getByLabel(m.Keep.shareLabel)).toHaveValue(new RegExp(`/fr/plan#${ANSWERS}$`));
  // The server drew the links in the query form; followed with JavaScript, they go to the fragment form.
  const texts = page.locator('a[href^="/fr/plan/texts?"]').first();
  const part = new URL((await texts.getAttribute('href'))!, 'http://x').hash.slice(1);
  await texts.click();
  await expect(page).toHaveURL(new RegExp(`/fr/plan/texts#${ANSWERS}&to=${part}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Texts.pageTitle);
  await expect(page.locator('.copyable textarea').first()).toHaveValue(/15/);

  recording = false;
  await page.goto(`/fr/plan?${ANSWERS}`);
  await expect(page).toHaveURL(new RegExp(`/fr/plan#${ANSWERS}$`));
  await exitReady(page);
  recording = true;
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(new RegExp(`/en/plan#${ANSWERS}$`));
  await expect(page.locator('.plan-title')).toHaveText(en.Plan.title);
  await page.getByLabel(en.FollowUp.label).fill('2026-11-02');
  await page.getByRole('button', {name: en.FollowUp.submit}).click();
  await expect(page).toHaveURL(new RegExp(`/en/plan#${ANSWERS}&d=2026-11-02(&d[a-z]=)*$`));
  await expect(page.locator('ul.follow-up')).toBeVisible();
  await page.getByRole('link', {name: en.Plan.changeAnswers}).click();
  await expect(page).toHaveURL(new RegExp(`/en/questions#q=check&${ANSWERS}&d=2026-11-02$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(en.Check.title);

  const sent = after.filter((request) => request.url().startsWith('http')).map((request) => new URL(request.url()));
  for (const url of sent) expect(url.search, url.href).not.toMatch(CONTRACT_KEY);
  expect(sent.map((url) => url.pathname)).toEqual(expect.arrayContaining(['/fr/plan/texts', '/en/plan', '/en/questions']));
});

test.describe('where the steps are made', () => {
  // The service worker would answer the worker's script from its cache, out of the test's reach.
  test.use({serviceWorkers: 'block'});
  const WORKER_SCRIPT = /\/turbopack-worker-[^/]+\.js$/;

  const firstTwoSteps = async (page: Page) => {
    await page.goto('/fr/questions');
    await exitReady(page);
    await next(page, m.Questions.who.title, () => page.getByRole('radio', {name: m.Questions.who.me}).check());
    await next(page, selectOther(m.Questions.country.title), () => page.getByRole('radio', {name: m.Questions.country.ca}).check());
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.province.title));
    await expect(page).toHaveURL(/\/fr\/questions#q=province&w=1&c=ca$/);
  };

  test('in a worker', async ({page}) => {
    const workerScripts: string[] = [];
    page.on('request', (request) => {
      if (WORKER_SCRIPT.test(new URL(request.url()).pathname)) workerScripts.push(request.url());
    });
    await firstTwoSteps(page);
    expect(workerScripts.length).toBeGreaterThan(0);
  });

  test('on the page where no worker can start, the same steps', async ({page}) => {
    let refused = 0;
    await page.route(WORKER_SCRIPT, (route) => {
      refused += 1;
      return route.abort();
    });
    await firstTwoSteps(page);
    expect(refused).toBeGreaterThan(0);
  });
});
