// Under a flood of PDF requests the site stays up: pages answer within a second throughout, requests past
// the PDF bound are turned away at once with Retry-After, and memory stays bounded. Runs with one process and
// with the cluster as `npm start` runs it, each on its own port, after every other test (playwright.config.ts).
import {execFileSync} from 'node:child_process';
import {expect, test} from '@playwright/test';
import {LARGEST_PLAN, TYPICAL_PLAN} from '../sample-plans';
import {flood, percentile} from './support/flood';
import {timedGet} from './support/http';
import {startServer, type ServerMode} from './support/server-process';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const MIB = 1024 * 1024;
// Peaks measured during this flood: one process 320–420 MiB, the two-worker cluster 680–810 MiB in all
// (on main, before PDF workers: 780 MiB for one process).
const MEMORY_BOUND: Record<ServerMode, number> = {'one process': 640 * MIB, cluster: 1152 * MIB};

test.describe.configure({mode: 'serial'});

for (const [offset, mode] of [
  [1, 'one process'],
  [2, 'cluster'],
] as const) {
  test(`${mode}: 60 clients asking for the largest PDF for 20 s do not slow pages past 1 s`, async () => {
    test.setTimeout(90_000);
    const server = await startServer(mode, BASE_PORT + offset);
    try {
      const report = await flood({base: server.base, clients: 60, seconds: 20, abandonEvery: 6, probeEveryMs: 250, sampleMemory: server.rssBytes});
      const slowest = report.probes.reduce((max, p) => Math.max(max, p.ms), 0);
      const summary = {
        probes: report.probes.length,
        slowestProbeMs: Math.round(slowest),
        probeP95Ms: Math.round(
          percentile(
            report.probes.map((p) => p.ms),
            95,
          ),
        ),
        pdfOk: report.pdf.ok,
        pdfOkP50Ms: Math.round(percentile(report.pdf.okMs, 50)),
        busy: report.pdf.busy,
        refusalsTimed: report.refusals.length,
        refusalP95Ms: Math.round(
          percentile(
            report.refusals.map((r) => r.ms),
            95,
          ),
        ),
        refusalMaxMs: Math.round(report.refusals.reduce((max, r) => Math.max(max, r.ms), 0)),
        abandoned: report.pdf.abandoned,
        maxRssMiB: Math.round(report.maxRssBytes / MIB),
      };
      console.log(`flood (${mode}): ${JSON.stringify(summary)}`);
      test.info().annotations.push({type: 'flood', description: JSON.stringify(summary)});

      expect(
        report.probes.filter((p) => p.status !== 200),
        'every probe answered 200',
      ).toEqual([]);
      expect(
        report.probes.filter((p) => p.ms > 1_000).map((p) => `${p.path.slice(0, 30)} ${p.ms.toFixed(0)} ms, ${(p.atMs / 1000).toFixed(1)} s in`),
        'pages within 1 s',
      ).toEqual([]);
      expect(report.pdf.other, 'PDF requests get a PDF or a 503, nothing else').toEqual([]);
      expect(report.pdf.ok, 'some PDFs are still made').toBeGreaterThan(0);
      expect(report.pdf.busy, 'the bound is reached').toBeGreaterThan(0);
      expect(report.pdf.busyWithoutRetryAfter + report.refusals.filter((r) => !r.retryAfter).length, 'every 503 says when to retry').toBe(0);
      expect(report.refusals.length, 'refusals timed').toBeGreaterThan(10);
      expect(
        percentile(
          report.refusals.map((r) => r.ms),
          95,
        ),
        '503s are immediate',
      ).toBeLessThan(250);
      expect(report.maxRssBytes, 'memory stays bounded').toBeLessThan(MEMORY_BOUND[mode]);
    } finally {
      await server.stop();
    }
  });
}

// One process, so that every request reaches the same pool (a cluster deals connections out unevenly).
test('ten PDF requests abandoned after 0.3 s neither delay the next page nor keep their places', async () => {
  test.setTimeout(60_000);
  const server = await startServer('one process', BASE_PORT + 3);
  try {
    const pdf = (query: string, abortAfterMs?: number) => timedGet(`${server.base}/fr/plan/pdf?${query}`, {timeoutMs: 30_000, abortAfterMs});
    const planPage = () => timedGet(`${server.base}/fr/plan?${TYPICAL_PLAN}`, {timeoutMs: 60_000});
    expect((await pdf(TYPICAL_PLAN)).status).toBe(200); // the pool has started
    expect((await planPage()).status).toBe(200);
    // Ten clients that leave after 0.3 s: three take every place (one running, two waiting), seven are refused.
    const abandoned = await Promise.all(Array.from({length: 10}, () => pdf(LARGEST_PLAN, 300)));
    expect(abandoned.filter((r) => r.error === 'abandoned').length).toBeGreaterThanOrEqual(3);
    const page = await planPage();
    expect(page.status).toBe(200);
    expect(page.ms, 'the next page').toBeLessThan(1_000);
    // Three new requests all get a place: a render still going on for nobody would leave them 503s.
    const next = await Promise.all(Array.from({length: 3}, () => pdf(TYPICAL_PLAN)));
    expect(next.map((r) => r.status)).toEqual([200, 200, 200]);
  } finally {
    await server.stop();
  }
});

// A crash loop must never leave the site down: when no worker is left, one starts at once, however often they
// stopped before (the pause between restarts is only for while others serve).
test('cluster: every worker stopped, three times in a row, the site answers again as soon as a worker starts', async () => {
  test.setTimeout(90_000);
  const server = await startServer('cluster', BASE_PORT + 4, {WEB_CONCURRENCY: '2'});
  const workersOf = (pid: number) =>
    execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'})
      .split('\n')
      .filter(Boolean)
      .map(Number);
  try {
    const downtimes: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      await expect.poll(() => workersOf(server.process.pid!).length, {timeout: 20_000}).toBe(2);
      for (const pid of workersOf(server.process.pid!)) process.kill(pid, 'SIGKILL');
      const stopped = performance.now();
      let answered = false;
      while (!answered && performance.now() - stopped < 20_000) {
        answered = (await timedGet(`${server.base}/api/health`, {timeoutMs: 1_000})).status === 200;
        if (!answered) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      downtimes.push(Math.round(performance.now() - stopped));
    }
    console.log(`cluster crash loop: down ${JSON.stringify(downtimes)} ms after each round`);
    // A worker's own start takes about 2 s on a busy machine of two cores; the back-off this guards against kept the
    // site down 10 to 18 s. The bound separates the two without timing the start itself (the bench prints it).
    for (const ms of downtimes) expect(ms, `down ${ms} ms`).toBeLessThan(6_000);
  } finally {
    await server.stop();
  }
});
