// A PDF worker thread (bundled by scripts/build-server.mjs, run by the thread pool in ./pdf-pool.ts): renders
// one fiche at a time from plain data and hands the bytes back. It lowers its own CPU priority before loading
// the renderer, so that renders use the time pages leave and never delay a page.
import {setPriority} from 'node:os';
import type {PlanPdfInput} from './render-plan-pdf';

// On Linux a thread's nice value is its own: this lowers this thread, not the one serving pages.
try {
  setPriority(0, 10);
} catch {
  // Not allowed here: renders still stay off the page thread.
}

const renderer = import('./render-plan-pdf');

export default async (input: PlanPdfInput): Promise<Uint8Array> => (await renderer).renderPlanPdf(input);
