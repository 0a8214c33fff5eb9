// Page weight on the production build: first-load JavaScript per page (see scripts/first-load-js.mjs),
// the PDF renderer kept out of it, no heavy web font, no layout shift.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {expect, test} from '@playwright/test';
import {LOCALES} from '../../i18n/locales';
import {planDataPath} from '../../lib/views/plan-data';
import {textsDataPath} from '../../lib/views/texts-data';
import {ficheDataPath} from '../../lib/views/fiche-data';
import {EARLY_DRAWING_BUDGET_KIB, earlyDrawingJs, firstLoadJs, firstLoadScripts} from '../../scripts/first-load-js.mjs';
import {SCENARIOS} from '../scenarios';
import {budgetFor} from './time-budget';

const BUDGET_KIB = 150;
const RENDERER_MARKER = 'PDFKit'; // @react-pdf/renderer's PDF producer name
const PAGES = [
  '/fr',
  '/en',
  // The questions' static address, where the device draws every step with JavaScript.
  '/fr/questions',
  '/fr/questions/country',
  '/fr/questions/platforms?c=fr',
  '/fr/questions/ages?c=fr&p=x',
  '/fr/check?c=fr&p=x',
  `/fr/plan?${SCENARIOS[0]!.query}`,
  `/en/plan?${SCENARIOS[3]!.query}`,
  `/fr/plan/notice?${SCENARIOS[0]!.query}`,
  `/fr/plan/texts?${SCENARIOS[0]!.query}`,
  // The plan's address without answers, which draws a plan from the fragment on the device (and makes its PDF
  // there, loaded on request), and its texts' and letters' addresses.
  '/fr/plan',
  '/fr/plan/texts',
  '/fr/plan/notice',
  '/fr/journal',
  '/fr/privacy',
  '/fr/browse-safely',
  '/en/accessibility',
  '/fr/guides',
  '/fr/guides/snapchat',
  '/en/directory/ca-qc',
  '/fr/law/fr',
];

/**
 * The device's data files, gzip: the plan's (fetched with every plan and question drawn on the device: the issue's
 * 60 KiB), the texts' (with the texts and letters), the fiche's (only when a PDF is made on the device).
 */
const DATA_BUDGETS_KIB = [
  [planDataPath, 60],
  [textsDataPath, 60],
  [ficheDataPath, 80],
] as const;

test('the data files the device draws from stay within their budgets, in each locale', async ({request}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-js', 'measured once');
  for (const locale of LOCALES) {
    for (const [pathOf, budget] of DATA_BUDGETS_KIB) {
      const body = await (await request.get(pathOf(locale))).body();
      const kib = gzipSync(body).length / 1024;
      console.log(`${pathOf(locale)}: ${(body.length / 1024).toFixed(1)} KiB, ${kib.toFixed(1)} KiB gzip (budget ${budget})`);
      expect(kib, pathOf(locale)).toBeLessThanOrEqual(budget);
    }
  }
});

test('every page stays within its first-load JavaScript budget', async ({request}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-js', 'measured once');
  budgetFor(PAGES.length);
  const rows: string[] = [];
  const over: string[] = [];
  for (const path of PAGES) {
    const {scripts, rawBytes, gzipBytes} = firstLoadJs(await (await request.get(path)).text());
    const kib = gzipBytes / 1024;
    rows.push(
      `${path.slice(0, 60).padEnd(60)} ${String(scripts).padStart(3)} scripts ${(rawBytes / 1024).toFixed(1).padStart(7)} KiB raw ${kib.toFixed(1).padStart(6)} KiB gzip`,
    );
    if (kib > BUDGET_KIB) over.push(`${path}: ${kib.toFixed(1)} KiB`);
  }
  console.log(`First-load JavaScript (budget ${BUDGET_KIB} KiB gzip per page):\n${rows.join('\n')}`);
  expect(over).toEqual([]);
});

test("the plan's early drawing (its script and worker, loaded with the plan's static page) stays small", ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-js', 'measured once');
  const {rawBytes, gzipBytes} = earlyDrawingJs();
  const kib = gzipBytes / 1024;
  console.log(
    `The plan's early drawing: ${(rawBytes / 1024).toFixed(1)} KiB raw, ${kib.toFixed(1)} KiB gzip (budget ${EARLY_DRAWING_BUDGET_KIB} KiB)`,
  );
  expect(kib).toBeLessThanOrEqual(EARLY_DRAWING_BUDGET_KIB);
});

test("the PDF renderer is never in a page's first-load JavaScript", async ({request}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-js', 'measured once');
  budgetFor(PAGES.length);
  // The marker must find the renderer where it does live (the journal's PDF chunk, loaded on demand),
  // or this test could never fail.
  const chunks = readdirSync('.next/static/chunks', {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.js'));
  expect(chunks.some((file) => readFileSync(join('.next/static/chunks', file), 'utf8').includes(RENDERER_MARKER))).toBe(true);
  const withRenderer: string[] = [];
  for (const path of PAGES) {
    for (const {src, code} of firstLoadScripts(await (await request.get(path)).text())) {
      if (code.includes(RENDERER_MARKER)) withRenderer.push(`${path}: ${src}`);
    }
  }
  expect(withRenderer).toEqual([]);
});

test('no web font over 30 KiB and no layout shift while pages load', async ({page}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'measured in the page');
  budgetFor(PAGES.length);
  const fonts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'font') return;
    const size = (await response.body()).length;
    if (size > 30 * 1024) fonts.push(`${response.url()}: ${(size / 1024).toFixed(1)} KiB`);
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('load');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({type: 'layout-shift', buffered: true});
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
  }
  expect(fonts).toEqual([]);
});
