// PDF renders run in worker threads, never on the thread that serves pages. The pool admits a request
// before any work is done for it (a few renders running, a few waiting; past that, BusyError at once), and
// a render whose client has gone is cancelled: dropped from the queue, or its thread stopped and replaced.
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';

export class BusyError extends Error {}
export class RenderError extends Error {}

type Job<I> = {id: number; input: I; settle: (outcome: {pdf: Uint8Array} | {error: Error}) => void};
type Slot<I> = {worker: Worker; job?: Job<I>; rendered: number; idleTimer?: ReturnType<typeof setTimeout>};
type Reply = {id: number; pdf: Uint8Array} | {id: number; error: string};

export type PoolOptions = {
  /** The bundled worker script (see scripts/build-server.mjs). */
  script: string;
  threads: number;
  /** Requests that may wait for a thread; past threads + maxQueued, requests are refused. */
  maxQueued: number;
  /** Heap cap per thread: a render that needs more fails alone instead of swelling the process. */
  maxHeapMb: number;
  /**
   * A thread that has rendered and then stays idle this long is replaced by a fresh one. V8 keeps a thread's grown
   * heap long after a flood of renders (measured: the cluster at 847 MiB after one, against 470 before); a fresh
   * thread gives it back, started while nobody waits.
   */
  recycleIdleMs?: number;
};

const RECYCLE_IDLE_MS = 30_000;

/** Half the cores render (the other half serves pages), shared among the cluster's processes. */
export const defaultThreads = (processes: number) => Math.max(1, Math.floor(availableParallelism() / 2 / Math.max(1, processes)));

const gone = () => new DOMException('The client has gone', 'AbortError');

export const createPdfPool = <I>({script, threads, maxQueued, maxHeapMb, recycleIdleMs = RECYCLE_IDLE_MS}: PoolOptions) => {
  const slots: Slot<I>[] = [];
  const waiting: Job<I>[] = [];
  let admitted = 0;
  let nextId = 1;

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = waiting.shift();
      if (!job) break;
      clearTimeout(slot.idleTimer);
      slot.job = job;
      slot.rendered += 1;
      slot.worker.postMessage({id: job.id, input: job.input});
    }
    for (const slot of slots) if (!slot.job && slot.rendered > 0) recycleWhenIdle(slot);
  };

  /** Replaces a thread that rendered, once it has stayed idle for `recycleIdleMs` (its heap goes with it). */
  const recycleWhenIdle = (slot: Slot<I>) => {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      if (!slot.job && slots.includes(slot)) replace(slot, new RenderError('recycled'));
    }, recycleIdleMs);
    slot.idleTimer.unref();
  };

  const spawn = (): Slot<I> => {
    const slot: Slot<I> = {worker: new Worker(script, {resourceLimits: {maxOldGenerationSizeMb: maxHeapMb}}), rendered: 0};
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on('message', (reply: Reply) => {
      if (slot.job?.id !== reply.id) return;
      slot.job.settle('error' in reply ? {error: new RenderError(reply.error)} : {pdf: reply.pdf});
    });
    // A thread that dies (out of memory, a crash) fails its render and is replaced.
    slot.worker.on('error', (error) => replace(slot, new RenderError(error.message)));
    slot.worker.on('exit', () => replace(slot, new RenderError('the PDF thread stopped')));
    return slot;
  };

  /** Stops a slot's thread (a cancelled or failed render) and starts a fresh one in its place. */
  const replace = (slot: Slot<I>, error: Error) => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    clearTimeout(slot.idleTimer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // late errors from a thread being stopped
    void slot.worker.terminate();
    slots[index] = spawn();
    slot.job?.settle({error});
  };

  const ensureThreads = () => {
    while (slots.length < threads) slots.push(spawn());
  };

  const render = (input: I, signal?: AbortSignal): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve, reject) => {
      let settled = false;
      const job: Job<I> = {
        id: nextId++,
        input,
        settle: (outcome) => {
          if (settled) return;
          settled = true;
          admitted -= 1;
          signal?.removeEventListener('abort', onAbort);
          const queued = waiting.indexOf(job);
          if (queued !== -1) waiting.splice(queued, 1);
          const slot = slots.find((s) => s.job === job);
          if (slot) slot.job = undefined;
          if ('pdf' in outcome) resolve(outcome.pdf);
          else reject(outcome.error);
          dispatch();
        },
      };
      const onAbort = () => {
        const slot = slots.find((s) => s.job === job);
        if (slot) replace(slot, gone());
        else job.settle({error: gone()});
      };
      if (signal?.aborted) {
        job.settle({error: gone()});
        return;
      }
      signal?.addEventListener('abort', onAbort, {once: true});
      ensureThreads();
      waiting.push(job);
      dispatch();
    });

  return {
    /** No place left: a request now would be refused. */
    full: () => admitted >= threads + maxQueued,
    /**
     * Takes a place for one render, or throws BusyError at once. Call it before preparing the render's input;
     * then either `render` (once) or `release` the place.
     */
    admit: () => {
      if (admitted >= threads + maxQueued) throw new BusyError('too many PDF renders');
      admitted += 1;
      let used = false;
      const spend = () => {
        if (used) throw new Error('a place is used once');
        used = true;
      };
      return {
        render: (input: I, signal?: AbortSignal) => {
          spend();
          return render(input, signal);
        },
        release: () => {
          spend();
          admitted -= 1;
        },
      };
    },
    stats: () => ({threads, admitted, running: slots.filter((s) => s.job).length, waiting: waiting.length}),
    close: async () => {
      await Promise.all(
        slots.splice(0).map((slot) => {
          clearTimeout(slot.idleTimer);
          slot.worker.removeAllListeners();
          slot.worker.on('error', () => {});
          return slot.worker.terminate();
        }),
      );
    },
  };
};

export type PdfPool<I> = ReturnType<typeof createPdfPool<I>>;
