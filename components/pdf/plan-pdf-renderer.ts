// Where the fiche is rendered: in production, in this process's pool of PDF worker threads (the worker is
// bundled from components/pdf by scripts/build-server.mjs); under `next dev`, in the page's own process, so
// that changes to the document show at once.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {BusyError, createPdfPool, defaultThreads} from './pdf-pool';
import {publishPoolGauge} from './pool-gauge';
import type {PlanPdfInput} from './render-plan-pdf';

// Beside the build, in the project (`next start`) and in .next/standalone (the server chdirs there).
const WORKER_SCRIPT = join(process.cwd(), '.next', 'recours', 'pdf', 'pdf-worker.mjs');
const THREADS = Number(process.env.PDF_THREADS) || defaultThreads(1);
// A short queue: a place in it means a few seconds' wait at most, and a refusal past it is immediate.
const MAX_QUEUED = 2 * THREADS;
const MAX_HEAP_MB = 256;

const pool =
  process.env.NODE_ENV === 'production' && existsSync(WORKER_SCRIPT)
    ? createPdfPool<PlanPdfInput>({script: WORKER_SCRIPT, threads: THREADS, maxQueued: MAX_QUEUED, maxHeapMb: MAX_HEAP_MB})
    : null;

if (pool) publishPoolGauge(pool);
if (process.env.NODE_ENV === 'production' && !pool) console.error(`${WORKER_SCRIPT} is missing: run \`npm run build\`. PDFs are refused until then.`);

type Place = {render: (input: PlanPdfInput, signal?: AbortSignal) => Promise<Uint8Array>; release: () => void};

const inProcess: Place = {
  render: async (input) => (await import('./render-plan-pdf')).renderPlanPdf(input),
  release: () => {},
};

/** A place for one render, taken before any work is done for it; BusyError when there is none. */
export const admitPlanPdf = (): Place => {
  if (pool) return pool.admit();
  if (process.env.NODE_ENV === 'production') throw new BusyError('no PDF worker');
  return inProcess;
};
