// Under a flood of PDF requests the site stays up: pages answer within a second throughout, requests past
// the PDF bound are turned away at once with Retry-After, and memory stays bounded. Runs with one process and
// with the cluster as `npm start` runs it, each on its own port, after every other test (playwright.config.ts).
import {expect, test} from '@playwright/test';
import {flood, percentile} from './support/flood';
import {startServer, type ServerMode} from './support/server-process';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const MIB = 1024 * 1024;
// One process measured 480–560 MiB at the end of a flood, the two-worker cluster 0.9–1.1 GiB in all.
const MEMORY_BOUND: Record<ServerMode, number> = {'one process': 768 * MIB, cluster: 1536 * MIB};

test.describe.configure({mode: 'serial'});

for (const [offset, mode] of [[1, 'one process'], [2, 'cluster']] as const) {
  test(`${mode}: 60 clients asking for the largest PDF for 20 s do not slow pages past 1 s`, async () => {
    test.setTimeout(75_000);
    const server = await startServer(mode, BASE_PORT + offset);
    try {
      const report = await flood({base: server.base, clients: 60, seconds: 20, abandonEvery: 6, probeEveryMs: 250, sampleMemory: server.rssBytes});
      const slowest = report.probes.reduce((max, p) => Math.max(max, p.ms), 0);
      const summary = {
        probes: report.probes.length,
        slowestProbeMs: Math.round(slowest),
        probeP95Ms: Math.round(percentile(report.probes.map((p) => p.ms), 95)),
        pdfOk: report.pdf.ok,
        pdfOkP50Ms: Math.round(percentile(report.pdf.okMs, 50)),
        busy: report.pdf.busy,
        busyP95Ms: Math.round(percentile(report.pdf.busyMs, 95)),
        busyMaxMs: Math.round(report.pdf.busyMs.reduce((max, ms) => Math.max(max, ms), 0)),
        abandoned: report.pdf.abandoned,
        maxRssMiB: Math.round(report.maxRssBytes / MIB),
      };
      console.log(`flood (${mode}): ${JSON.stringify(summary)}`);
      test.info().annotations.push({type: 'flood', description: JSON.stringify(summary)});

      expect(report.probes.filter((p) => p.status !== 200), 'every probe answered 200').toEqual([]);
      expect(report.probes.filter((p) => p.ms > 1_000).map((p) => `${p.path.slice(0, 30)} ${p.ms.toFixed(0)} ms, ${(p.atMs / 1000).toFixed(1)} s in`), 'pages within 1 s').toEqual([]);
      expect(report.pdf.other, 'PDF requests get a PDF or a 503, nothing else').toEqual([]);
      expect(report.pdf.ok, 'some PDFs are still made').toBeGreaterThan(0);
      expect(report.pdf.busy, 'the bound is reached').toBeGreaterThan(0);
      expect(report.pdf.busyWithoutRetryAfter, 'every 503 says when to retry').toBe(0);
      expect(percentile(report.pdf.busyMs, 95), '503s are immediate').toBeLessThan(250);
      expect(report.maxRssBytes, 'memory stays bounded').toBeLessThan(MEMORY_BOUND[mode]);
    } finally {
      await server.stop();
    }
  });
}
