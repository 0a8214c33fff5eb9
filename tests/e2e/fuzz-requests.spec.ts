// Beyond query strings (fuzz.spec.ts): every method, hostile headers, every spelling of a path and upgrade
// requests, sent on raw sockets to the production server. Every request must get a calm answer (never a 5xx)
// with the security headers, every page exactly one Content-Security-Policy, every answer page `no-store`,
// and every connection must be closed by the server: none may hang.
import {expect, test} from '@playwright/test';
import fc from 'fast-check';
import {ANSWER_PAGE, canonicalPath} from '../../lib/security/path-spelling';
import {QUERY_KEYS} from '../../lib/answers/url-contract';
import {parseHead, rawExchange, type RawExchange} from './support/http';

const PLAN = 'c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2';
const PAYLOAD = '<script>alert(1)</script>';
const PATHS = [
  '/',
  '/fr',
  '/en',
  '/fr/guides',
  '/fr/guides/snapchat',
  '/en/directory/ca-qc',
  '/fr/privacy',
  '/fr/questions/country',
  `/fr/questions/ages?${PLAN}`,
  `/fr/check?${PLAN}`,
  `/fr/plan?${PLAN}`,
  `/en/plan/notice?${PLAN}`,
  `/fr/plan/pdf?${PLAN}`,
  `/fr/plan/reminders.ics?${PLAN}&d=2026-11-20`,
  '/sw.js',
  '/robots.txt',
  '/sitemap.xml',
  '/api/health',
  '/icon.svg',
  '/_next/image?url=%2Fog.png&w=64&q=75',
  '/_next/webpack-hmr',
  '/_next/static/nothing.js',
  '/fr/nothing-here',
  '/nothing.txt',
  '/api/nothing',
  '/fr/plan/nothing',
  '/%ff',
  '/fr/guides/%ZZ',
  `/fr/%70lan?${PLAN}`,
  `/%66r/questions/ages?${PLAN}`,
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'];
const ALLOWED = new Set([200, 204, 301, 302, 303, 307, 308, 400, 404, 405, 408, 414, 431, 503]);
const HEADER_SETS: Record<string, string>[] = [
  {},
  {Host: 'evil.example'},
  {'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https'},
  {'X-Middleware-Subrequest': 'middleware:middleware:middleware:middleware:middleware'},
  {RSC: '1', 'Next-Router-State-Tree': '%5B%22garbage', 'Next-Router-Prefetch': '1'},
  {'Next-Action': 'abc', 'Content-Type': 'text/plain;charset=UTF-8'},
  {Accept: 'text/x-component'},
  {'Accept-Language': `de;q=0.9,${'x'.repeat(300)}`, Cookie: 'NEXT_LOCALE=de'},
  {Range: 'bytes=0-10,5-20,100-', 'If-None-Match': '"x"', 'Accept-Encoding': 'br, gzip, deflate, zstd'},
  {'Transfer-Encoding': 'chunked'},
  {'X-Payload': PAYLOAD, Referer: `https://evil.example/${PAYLOAD}`},
];

/** A hostile spelling of a path: characters percent-encoded in either case or upper-cased, dot segments, doubled slashes. */
const respell = (pathAndQuery: string, choices: number[]): string => {
  const [path = '/', query] = pathAndQuery.split(/\?(.*)/s);
  let out = '';
  [...path].forEach((char, i) => {
    const choice = choices[i % choices.length]!;
    if (char === '/') out += choice === 7 ? '//' : choice === 8 ? '/./' : choice === 9 ? '/x/../' : '/';
    else if (choice === 1) out += `%${char.charCodeAt(0).toString(16)}`;
    else if (choice === 2) out += `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
    else if (choice === 3) out += char.toUpperCase();
    else out += char;
  });
  return query === undefined ? out : `${out}?${query}`;
};

const request = (method: string, target: string, headers: Record<string, string>, {keepOpen = false} = {}) => {
  const lines = [`${method} ${target} HTTP/1.1`];
  const all: Record<string, string> = {Host: 'localhost', ...(keepOpen ? {} : {Connection: 'close'}), ...headers};
  const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? 'a=1' : '';
  if (body && !all['Transfer-Encoding']) all['Content-Length'] = String(body.length);
  for (const [name, value] of Object.entries(all)) lines.push(`${name}: ${value}`);
  const chunked = all['Transfer-Encoding'] === 'chunked' ? `${body ? `${body.length.toString(16)}\r\n${body}\r\n` : ''}0\r\n\r\n` : body;
  return `${lines.join('\r\n')}\r\n\r\n${chunked}`;
};

/** What must hold for any answer; returns the problems found. */
const problemsWith = (label: string, target: string, method: string, exchange: RawExchange): string[] => {
  const problems: string[] = [];
  const where = `${label}: ${method} ${target.slice(0, 120)}`;
  if (exchange.status === 0) return [`${where}: no answer`];
  if (exchange.closedMs === null) problems.push(`${where}: connection left open`);
  if (!ALLOWED.has(exchange.status)) problems.push(`${where}: ${exchange.status}`);
  const headers = parseHead(exchange.head);
  for (const name of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'strict-transport-security']) {
    if (!headers[name]) problems.push(`${where}: ${exchange.status} without ${name}`);
  }
  const policies = exchange.head.split('\r\n').filter((line) => /^content-security-policy:/i.test(line));
  if ((headers['content-type'] ?? '').startsWith('text/html')) {
    if (policies.length !== 1) problems.push(`${where}: ${exchange.status} page with ${policies.length} CSP headers`);
    else if (/'unsafe-inline'|'unsafe-eval'/.test(policies[0]!)) problems.push(`${where}: weak CSP`);
  }
  const [path = '/', query = ''] = target.split('?');
  const canonical = canonicalPath(path)?.toLowerCase();
  // The addresses of the plan, its texts and letters, and the questions without answers in their query are static
  // files, the same for everyone (the device draws them from the fragment); every other answer page is never kept.
  const carriesAnswers = Object.values(QUERY_KEYS).some((key) => new URLSearchParams(query).has(key));
  const staticAddress = !carriesAnswers && canonical !== undefined && /^\/[a-z]{2}\/(plan(\/device)?(\/(texts|notice))?|questions)$/.test(canonical);
  if (exchange.status === 200 && canonical && ANSWER_PAGE.test(canonical) && !staticAddress && !/no-store/.test(headers['cache-control'] ?? '')) {
    problems.push(`${where}: answer page without no-store`);
  }
  const location = headers['location'];
  if (location && /evil\.example/.test(location)) problems.push(`${where}: redirect to ${location}`);
  if (exchange.body.includes(PAYLOAD) || /evil\.example/.test(exchange.body)) problems.push(`${where}: input reflected`);
  if (/\n\s+at [\w.<>]+ \(|node_modules|\.next\/server|TypeError|ReferenceError/.test(exchange.body)) problems.push(`${where}: leak`);
  return problems;
};

const runAll = async (port: number, cases: {label: string; method: string; target: string; text: string}[], concurrency = 6) => {
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < cases.length; i += concurrency) {
    await Promise.all(
      cases.slice(i, i + concurrency).map(async ({label, method, target, text}) => {
        // Generous: a PDF may wait for a render on a busy machine; only a connection never answered is hung.
        const exchange = await rawExchange(port, text, {waitMs: 30_000});
        statuses.set(exchange.status, (statuses.get(exchange.status) ?? 0) + 1);
        problems.push(...problemsWith(label, target, method, exchange));
      }),
    );
  }
  return {problems, statuses: Object.fromEntries(statuses)};
};

test.describe('requests outside the query-string corridor', () => {
  test.skip(({javaScriptEnabled}) => javaScriptEnabled === false, 'server-side only: one project is enough');

  test('every method, hostile header and spelling of a path gets a calm, protected answer', async ({}, testInfo) => {
    test.setTimeout(300_000);
    const port = Number(new URL(testInfo.project.use.baseURL!).port);
    const cases: {label: string; method: string; target: string; text: string}[] = [];
    for (const target of PATHS) for (const method of METHODS) cases.push({label: 'method', method, target, text: request(method, target, {})});
    for (const target of PATHS)
      for (const headers of HEADER_SETS) cases.push({label: 'headers', method: 'GET', target, text: request('GET', target, headers)});
    const spellings = fc.sample(
      fc.tuple(fc.constantFrom(...PATHS.filter((p) => !p.includes('%'))), fc.array(fc.nat(9), {minLength: 30, maxLength: 30})),
      {numRuns: 500, seed: 20261127},
    );
    for (const [path, choices] of spellings) {
      const target = respell(path, choices);
      cases.push({label: 'spelling', method: 'GET', target, text: request('GET', target, {})});
    }
    const {problems, statuses} = await runAll(port, cases);
    console.log(`request fuzz: ${cases.length} requests, statuses ${JSON.stringify(statuses)}`);
    testInfo.annotations.push({type: 'statuses', description: JSON.stringify(statuses)});
    expect(problems).toEqual([]);
  });

  test('upgrade requests are answered and closed, even when the client keeps them open', async ({}, testInfo) => {
    test.setTimeout(90_000);
    const port = Number(new URL(testInfo.project.use.baseURL!).port);
    const upgrade = {Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ=='};
    const targets = ['/', '/fr', '/fr/guides/snapchat', '/fr/nothing', '/_next/webpack-hmr', '/_next/hmr', '/fr/plan', '/api/health'];
    // Two hundred at once, none closed by the client: each must be answered and closed by the server.
    const exchanges = await Promise.all(
      Array.from({length: 200}, (_, i) => {
        const target = targets[i % targets.length]!;
        return rawExchange(port, request('GET', target, upgrade, {keepOpen: true}), {waitMs: 30_000}).then((exchange) => ({target, exchange}));
      }),
    );
    const problems = exchanges.flatMap(({target, exchange}) => problemsWith('upgrade', target, 'GET', exchange));
    const slowest = Math.max(...exchanges.map(({exchange}) => exchange.closedMs ?? Infinity));
    console.log(`upgrades: 200 kept open by the client, all closed by the server within ${slowest.toFixed(0)} ms`);
    expect(problems).toEqual([]);
  });

  test('links and headers far too long get the friendly 414, never a bare 431', async ({}, testInfo) => {
    const port = Number(new URL(testInfo.project.use.baseURL!).port);
    for (const [label, text] of [
      ['a 20 kB link', request('GET', `/en/plan?c=fr&z=${'a'.repeat(20_000)}`, {})],
      ['a 100 kB header', request('GET', '/en/plan?c=fr', {'X-Filler': 'a'.repeat(100_000)})],
    ] as const) {
      const exchange = await rawExchange(port, text, {waitMs: 10_000});
      expect(exchange.status, label).toBe(414);
      // The page's own words (in French when the parser gave up before the path could be read).
      expect(exchange.body, label).toMatch(/Link too long|Lien trop long/);
      expect(problemsWith(label, '/en/plan', 'GET', exchange)).toEqual([]);
    }
  });

  test('slow and silent clients are cut off by the timeouts', async ({}, testInfo) => {
    test.setTimeout(60_000);
    const port = Number(new URL(testInfo.project.use.baseURL!).port);
    const [silent, halfHead, idleAfterAnswer] = await Promise.all([
      rawExchange(port, '', {waitMs: 20_000}),
      rawExchange(port, 'GET /fr HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', {waitMs: 20_000}),
      rawExchange(port, 'GET /fr HTTP/1.1\r\nHost: localhost\r\n\r\n', {waitMs: 20_000}),
    ]);
    // Headers must arrive within 10 s (checked every second), an idle kept-alive connection lasts 5 s.
    expect(silent.closedMs, 'a connection that sends nothing').not.toBeNull();
    expect(silent.closedMs!).toBeLessThan(15_000);
    expect(halfHead.closedMs, 'a request head that never ends').not.toBeNull();
    expect(halfHead.closedMs!).toBeLessThan(15_000);
    expect(idleAfterAnswer.status).toBe(200);
    expect(idleAfterAnswer.closedMs, 'an idle kept-alive connection').not.toBeNull();
    expect(idleAfterAnswer.closedMs!).toBeLessThan(10_000);
  });
});
