// Thousands of random and mutated query strings against the production server, on every route.
// Only calm answers are allowed: no 500, no input reflected unescaped, no stack trace or file path.
import {expect, test, type APIRequestContext} from '@playwright/test';
import fc from 'fast-check';

const ROUTES = [
  '/fr',
  '/en',
  '/',
  '/fr/questions/country',
  '/fr/questions/province',
  '/en/questions/platforms',
  '/fr/questions/ages',
  '/en/questions/consent',
  '/fr/questions/situation',
  '/fr/check',
  '/en/check',
  '/fr/plan',
  '/en/plan',
  '/fr/plan/notice',
  '/fr/plan/reminders.ics',
  '/fr/privacy',
];
const ALLOWED = new Set([200, 301, 302, 303, 307, 308, 400, 404, 414]);
const PAYLOAD = '<script>alert(1)</script>';
const LEAKS = /\n\s+at [\w.<>]+ \(|\/work\/|node_modules|\.next\/server|webpack-internal|TypeError|ReferenceError/;

const value = fc.oneof(
  fc.constantFrom('fr', 'ca', 'other', 'qc', 'x', 'snapchat', 'unknown', '15', '16', '120', '1', '2', '0', '', '2026-11-20'),
  fc.string({maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 8}),
  fc.constantFrom(PAYLOAD, '"><img src=x onerror=alert(1)>', '../../etc/passwd', '%00', '-1', '1e9', 'NaN', '٣', '🙂', 'abc'),
);
const entry = fc.tuple(fc.constantFrom('c', 'r', 'p', 'a', 'b', 'k', 'u', 'd', 's', 'e', 'zz', PAYLOAD), value);
const query = fc.oneof(
  {weight: 6, arbitrary: fc.array(entry, {maxLength: 30}).map((entries) => new URLSearchParams(entries).toString())},
  {weight: 2, arbitrary: fc.string({maxLength: 300})},
  {
    weight: 1,
    arbitrary: fc.constantFrom(`c=${'x'.repeat(50_000)}`, `${'p=x&'.repeat(5000)}c=fr`, `a=${'9'.repeat(2000)}`, 'c=fr&c=ca&c=other&r=qc&r=bc'),
  },
);

// Eight shards of 300 requests each, each with its own time budget: bounded work per test, so a busy machine
// slows the suite down without failing it.
const SHARDS = 8;
const PER_SHARD = 300;

const check = async (request: APIRequestContext, [route, search]: [string, string], failures: string[], statuses: Map<number, number>) => {
  const url = `${route}?${search}`;
  const response = await request.get(url, {maxRedirects: 0, failOnStatusCode: false, timeout: 20_000});
  statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  if (!ALLOWED.has(response.status())) failures.push(`${response.status()} ${url.slice(0, 200)}`);
  const type = response.headers()['content-type'] ?? '';
  if (type.startsWith('text/') || type.includes('json')) {
    const body = await response.text();
    if (body.includes(PAYLOAD) || body.includes('<img src=x onerror')) failures.push(`reflected: ${url.slice(0, 200)}`);
    if (LEAKS.test(body)) failures.push(`leak: ${url.slice(0, 200)}`);
  }
};

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`hostile query strings on every route get calm answers (shard ${shard + 1} of ${SHARDS})`, async ({request}, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, 'server-side only: one project is enough');
    test.setTimeout(180_000);
    const samples = fc.sample(fc.tuple(fc.constantFrom(...ROUTES), query), {numRuns: PER_SHARD, seed: 20261124 + shard});
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < samples.length; i += 6)
      await Promise.all(samples.slice(i, i + 6).map((sample) => check(request, sample, failures, statuses)));
    console.log(`fuzz shard ${shard + 1}: ${samples.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
  });
}

test('hostile query strings on the PDF route get calm answers', async ({request}, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, 'server-side only: one project is enough');
  test.setTimeout(180_000);
  // The PDF route is heavier: fewer, but just as hostile.
  const failures: string[] = [];
  for (const [, search] of fc.sample(fc.tuple(fc.constant(''), query), {numRuns: 40, seed: 7})) {
    const response = await request.get(`/fr/plan/pdf?${search}`, {failOnStatusCode: false, timeout: 30_000});
    if (![200, 414, 503].includes(response.status())) failures.push(`${response.status()} pdf ${search.slice(0, 200)}`);
  }
  expect(failures).toEqual([]);
});
