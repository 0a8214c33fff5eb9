// First-load JavaScript per page, measured on the production build (see scripts/first-load-js.mjs).
import {expect, test} from '@playwright/test';
import {firstLoadJs} from '../../scripts/first-load-js.mjs';
import {SCENARIOS} from '../scenarios';

const BUDGET_KIB = 150;
const PAGES = [
  '/fr', '/en', '/fr/questions/country', '/fr/questions/platforms?c=fr', '/fr/questions/ages?c=fr&p=x', '/fr/check?c=fr&p=x',
  `/fr/plan?${SCENARIOS[0]!.query}`, `/en/plan?${SCENARIOS[3]!.query}`, `/fr/plan/notice?${SCENARIOS[0]!.query}`, '/fr/privacy',
  '/fr/browse-safely', '/en/accessibility', '/fr/guides', '/fr/guides/snapchat', '/en/directory/ca-qc', '/fr/law/fr',
];

test('every page stays within its first-load JavaScript budget', async ({request}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-js', 'measured once');
  const rows: string[] = [];
  const over: string[] = [];
  for (const path of PAGES) {
    const {scripts, rawBytes, gzipBytes} = firstLoadJs(await (await request.get(path)).text());
    const kib = gzipBytes / 1024;
    rows.push(`${path.slice(0, 60).padEnd(60)} ${String(scripts).padStart(3)} scripts ${(rawBytes / 1024).toFixed(1).padStart(7)} KiB raw ${kib.toFixed(1).padStart(6)} KiB gzip`);
    if (kib > BUDGET_KIB) over.push(`${path}: ${kib.toFixed(1)} KiB`);
  }
  console.log(`First-load JavaScript (budget ${BUDGET_KIB} KiB gzip per page):\n${rows.join('\n')}`);
  expect(over).toEqual([]);
});
