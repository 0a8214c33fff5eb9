// A module's async functions run in a Web Worker and called from the page with plain data: the page's own thread
// stays free to lay the page out and answer taps while another core does the work. Where no worker can start (or
// it stops), a call fails and the caller does the work on the page with the same module.
type Call = {id: number; name: string; args: unknown[]};
type Answer = {id: number; ok: true; result: unknown} | {id: number; ok: false};
// oxlint-disable-next-line typescript/no-explicit-any -- each function takes its own arguments
type Api = Record<string, (...args: any[]) => Promise<unknown>>;

/** The worker's side: answers each call with the named function of `api`. */
export const answerCalls = (api: Api) => {
  addEventListener('message', ({data: {id, name, args}}: MessageEvent<Call>) => {
    const run = Object.hasOwn(api, name) ? api[name]! : undefined;
    const fail = () => postMessage({id, ok: false} satisfies Answer);
    (run ? run(...args) : Promise.reject(new Error(`no ${name} here`))).then((result) => {
      // A result that cannot be copied to the page fails the call, so that the page does the work itself.
      try {
        postMessage({id, ok: true, result} satisfies Answer);
      } catch {
        fail();
      }
    }, fail);
  });
};

/**
 * The page's side: one worker, started by `start` (which holds Turbopack's `new Worker(new URL(…))`) at the first
 * call or at `warm()`, and kept for the page's next calls.
 */
export const callsInWorker = (start: () => Worker) => {
  let worker: Worker | undefined;
  const waiting = new Map<number, {resolve: (result: unknown) => void; reject: (error: Error) => void}>();
  let lastId = 0;

  const stop = (error: Error) => {
    for (const {reject} of waiting.values()) reject(error);
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };

  const started = () => {
    if (!worker) {
      worker = start();
      worker.onmessage = ({data}: MessageEvent<Answer>) => {
        const call = waiting.get(data.id);
        waiting.delete(data.id);
        if (data.ok) call?.resolve(data.result);
        else call?.reject(new Error('the worker could not do it'));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        stop(new Error('the worker stopped'));
      };
    }
    return worker;
  };

  return {
    /** Starts the worker ahead of its first call, so that its scripts load meanwhile. */
    warm: () => {
      if (typeof Worker === 'function') started();
    },
    call: <T>(name: string, args: unknown[]): Promise<T> =>
      new Promise<unknown>((resolve, reject) => {
        if (typeof Worker !== 'function') return reject(new Error('no worker here'));
        const id = ++lastId;
        waiting.set(id, {resolve, reject});
        started().postMessage({id, name, args} satisfies Call);
      }) as Promise<T>,
  };
};
