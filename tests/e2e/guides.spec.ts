import {expect, test} from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';
import {COUNTRIES, PLATFORMS} from '../../lib/answers/schema';
import {PUBLIC_PATHS, REGIONS} from '../../lib/directory/directory';

const MESSAGES = {fr, en} as const;

for (const locale of ['fr', 'en'] as const) {
  const m = MESSAGES[locale];

  test(`${locale}: the home page gives, one tap away, the emergency numbers of every place the plan covers`, async ({page}) => {
    await page.goto(`/${locale}`);
    const list = page.locator('ul.emergency-numbers');
    for (const country of COUNTRIES) await expect(list.getByText(m.Countries[country], {exact: true})).toBeVisible();
    await expect(list.getByText(m.Questions.province.nu, {exact: true})).toBeVisible();
    for (const number of ['17', '911', '113', '101', '117', '999', '000', '8679791111'])
      await expect(list.locator(`a[href="tel:${number}"]`).first()).toBeVisible();
  });

  test(`${locale}: every platform guide is reachable from the index`, async ({page}) => {
    await page.goto(`/${locale}/guides`);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Guides.indexTitle);
    for (const platform of PLATFORMS) {
      const name = m.Platforms[platform];
      await expect(page.getByRole('link', {name, exact: true})).toHaveAttribute('href', `/${locale}/guides/${platform}`);
    }
  });

  for (const platform of PLATFORMS) {
    test(`${locale}: the ${platform} guide renders and starts the questions with it`, async ({page}) => {
      const response = await page.goto(`/${locale}/guides/${platform}`);
      expect(response?.status(), platform).toBe(200);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Guides.title.replace('{platform}', m.Platforms[platform]));
      await expect(page.getByRole('link', {name: m.Guides.planCta})).toHaveAttribute('href', `/${locale}/questions/who?p=${platform}`);
    });
  }

  for (const region of REGIONS) {
    test(`${locale}: the directory for ${region} is reached by a plain link and lists help`, async ({page}) => {
      await page.goto(`/${locale}/directory`);
      await page.getByRole('navigation', {name: m.Directory.filter}).getByRole('link', {name: m.Directory.regions[region], exact: true}).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/directory/${region}$`));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Directory.regionTitle.replace('{region}', m.Directory.regions[region]));
      expect(await page.locator('article').count(), region).toBeGreaterThan(1);
    });
  }

  test(`${locale}: the directory has tappable numbers`, async ({page}) => {
    await page.goto(`/${locale}/directory/fr`);
    await expect(page.locator('a[href="tel:3018"]').first()).toBeVisible();
    await page.goto(`/${locale}/directory/ca-qc`);
    await expect(page.locator('a[href="tel:18666589022"]').first()).toBeVisible();
    await expect(
      page
        .getByRole('heading', {level: 2})
        .filter({hasText: /Québec|Quebec/})
        .first(),
    ).toBeVisible();
  });

  test(`${locale}: the law pages and the page for support workers render`, async ({page}) => {
    for (const path of ['/law/fr', '/law/ca', '/support-workers']) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    }
    await page.goto(`/${locale}/law/fr`);
    await expect(page.locator('a[href^="https://www.legifrance.gouv.fr/"]').first()).toBeVisible();
    await page.goto(`/${locale}/law/ca`);
    await expect(page.locator('a[href^="https://laws-lois.justice.gc.ca/"]').first()).toBeVisible();
  });
}

test('guides carry a canonical URL, hreflang alternates and a social preview', async ({page}) => {
  await page.goto('/fr/guides/instagram');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/fr\/guides\/instagram$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/guides\/instagram$/);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/guides\/instagram$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\.png$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Instagram/);
});

test('the sitemap lists every public page in both locales; robots keeps answer pages out', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of PUBLIC_PATHS) {
    for (const locale of ['fr', 'en']) expect(sitemap, `${locale}${path}`).toContain(`/${locale}${path}</loc>`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /*/plan');
  expect(robots).toContain('Sitemap:');
});

test('every public page is static, so it can be cached and kept offline', async ({request}) => {
  for (const path of PUBLIC_PATHS) {
    for (const locale of ['fr', 'en']) {
      const response = await request.get(`/${locale}${path}`);
      expect(response.status(), `/${locale}${path}`).toBe(200);
      expect(response.headers()['x-nextjs-prerender'], `/${locale}${path}`).toMatch(/^1(, 1)*$/);
    }
  }
});

test('offline, the pages kept for everyone open; a guide read is never kept, and the offline page says so', async ({page, context}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'service workers need JavaScript');
  await page.goto('/fr/guides/snapchat');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Guides.title.replace('{platform}', 'Snapchat'));
  // What the device keeps is the same list for every visitor: never a record of what was read.
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(kept).toContain('/fr/now');
  expect(kept.filter((path) => path.includes('/guides/'))).toEqual([]);
  await context.setOffline(true);
  await page.goto('/fr/now');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Lane.title);
  await page.goto('/fr/guides/snapchat');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Offline.title);
  await page.goto('/fr/plan?c=fr&p=x');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Offline.title);
  await context.setOffline(false);
});

test('a plan is kept offline only when the person asks, and can be removed', async ({page, context}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'service workers need JavaScript');
  const plan = '/fr/plan?c=fr&p=x&a=20&b=20&k=1&u=0';
  await page.goto(plan);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(
    await page.evaluate(async () => (await caches.keys()).includes('saved-plans') && (await (await caches.open('saved-plans')).keys()).length > 0),
  ).toBe(false);
  await page.reload();
  await page.getByRole('button', {name: fr.Keep.offlineKeep}).click();
  await expect(page.getByText(fr.Keep.offlineKept)).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(fr.Plan.title);
  // The pages its steps link to were kept with it.
  await page.locator('.plan-item h3 a[href*="/help/"]').first().click();
  await expect(page).toHaveURL(/\/fr\/help\//);
  await expect(page.getByRole('heading', {level: 1})).not.toHaveText(fr.Offline.title);
  await context.setOffline(false);
  await page.goto(plan);
  await page.reload();
  await page.getByRole('button', {name: fr.Keep.offlineRemove}).click();
  await expect(page.getByText(fr.Keep.offlineRemoved)).toBeVisible();
  expect(await page.evaluate(async () => (await (await caches.open('saved-plans')).keys()).length)).toBe(0);
});
