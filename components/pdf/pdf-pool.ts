// PDF renders run in a pool of worker threads (Tinypool), never on the thread that serves pages. Tinypool
// queues, bounds each thread's heap, replaces a thread that dies, and cancels a render whose client has gone
// (dropped from the queue, or its thread stopped and replaced). What is the project's own sits on top: a place
// is taken before any work is done for a request (past the running and waiting places, BusyError at once),
// and threads are renewed once the pool stays idle.
import {availableParallelism} from 'node:os';
import {Tinypool} from 'tinypool';

export class BusyError extends Error {}
export class RenderError extends Error {}

export type PoolOptions = {
  /** The bundled worker module, whose default export renders (see scripts/build-server.mjs). */
  script: string;
  threads: number;
  /** Requests that may wait for a thread; past threads + maxQueued, requests are refused. */
  maxQueued: number;
  /** Heap cap per thread: a render that needs more fails alone instead of swelling the process. */
  maxHeapMb: number;
  /**
   * Once no render has been asked for this long, threads that rendered are replaced by fresh ones. V8 keeps a
   * thread's grown heap long after a flood of renders (measured: the cluster at 847 MiB after one, against 470
   * before); a fresh thread gives it back, started while nobody waits.
   */
  recycleIdleMs?: number;
};

const RECYCLE_IDLE_MS = 30_000;

/** Half the cores render (the other half serves pages), shared among the cluster's processes. */
export const defaultThreads = (processes: number) => Math.max(1, Math.floor(availableParallelism() / 2 / Math.max(1, processes)));

const gone = () => new DOMException('The client has gone', 'AbortError');

export const createPdfPool = <I>({script, threads, maxQueued, maxHeapMb, recycleIdleMs = RECYCLE_IDLE_MS}: PoolOptions) => {
  const pool = new Tinypool({
    filename: script,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: maxQueued,
    resourceLimits: {maxOldGenerationSizeMb: maxHeapMb},
  });
  let admitted = 0;
  let renderedSinceRenewal = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const renewWhenIdle = () => {
    clearTimeout(idleTimer);
    if (admitted > 0 || !renderedSinceRenewal) return;
    idleTimer = setTimeout(() => {
      if (admitted > 0) return;
      renderedSinceRenewal = false;
      void pool.recycleWorkers();
    }, recycleIdleMs);
    idleTimer.unref();
  };

  const render = async (input: I, signal?: AbortSignal): Promise<Uint8Array> => {
    if (signal?.aborted) throw gone();
    renderedSinceRenewal = true;
    try {
      return (await pool.run(input, signal ? {signal} : {})) as Uint8Array;
    } catch (error) {
      if (signal?.aborted) throw gone();
      throw new RenderError(error instanceof Error ? error.message : String(error));
    }
  };

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
      clearTimeout(idleTimer);
      let used = false;
      const spend = () => {
        if (used) throw new Error('a place is used once');
        used = true;
      };
      return {
        render: async (input: I, signal?: AbortSignal) => {
          spend();
          try {
            return await render(input, signal);
          } finally {
            admitted -= 1;
            renewWhenIdle();
          }
        },
        release: () => {
          spend();
          admitted -= 1;
          renewWhenIdle();
        },
      };
    },
    stats: () => ({threads, admitted, waiting: pool.queueSize}),
    close: async () => {
      clearTimeout(idleTimer);
      await pool.destroy();
    },
  };
};

export type PdfPool<I> = ReturnType<typeof createPdfPool<I>>;
