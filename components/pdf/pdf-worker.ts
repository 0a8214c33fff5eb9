// A PDF worker thread (bundled by scripts/build-server.mjs, started by lib/pdf/pdf-pool.ts): renders one
// fiche at a time from plain data and sends the bytes back. It lowers its own CPU priority before loading
// the renderer, so that renders use the time pages leave and never delay a page.
import {setPriority} from 'node:os';
import {parentPort} from 'node:worker_threads';
import type {PlanPdfInput} from './render-plan-pdf';

type PdfJob = {id: number; input: PlanPdfInput};

// On Linux a thread's nice value is its own: this lowers this thread, not the one serving pages.
try {
  setPriority(0, 10);
} catch {
  // Not allowed here: renders still stay off the page thread.
}

const renderer = import('./render-plan-pdf');

parentPort?.on('message', async ({id, input}: PdfJob) => {
  try {
    const pdf = await (await renderer).renderPlanPdf(input);
    parentPort?.postMessage({id, pdf}, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
