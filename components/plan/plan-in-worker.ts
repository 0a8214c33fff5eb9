// Makes the plan drawn on the device in a Web Worker (./plan-worker.ts), started as soon as the page's script runs
// when the address carries a fragment: the plan is then made while the page hydrates, on another core. The worker
// stays for the page's next plans (a follow-up date, another fragment). Where a worker cannot run, the same
// builders run on the page (./device-plan.ts).
import type {PlanView} from '@/lib/views/plan-view';
import {planDataPath} from '@/lib/views/plan-data';
import type {PlanWorkerAnswer} from './plan-worker';

const builders = () => import('./device-plan');

/** The page's own fetch of the plan's data (the page preloads it), as text: the worker parses it. Once per locale. */
const planDataTexts = new Map<string, Promise<string | undefined>>();
const planDataText = (locale: string) => {
  let text = planDataTexts.get(locale);
  if (!text) {
    text = fetch(planDataPath(locale)).then(
      (response) => (response.ok ? response.text() : undefined),
      () => undefined,
    );
    planDataTexts.set(locale, text);
  }
  return text;
};

type Waiting = {resolve: (view: PlanView | undefined) => void; reject: (error: Error) => void};
let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

const failAll = (error: Error) => {
  for (const {reject} of waiting.values()) reject(error);
  waiting.clear();
  worker?.terminate();
  worker = undefined;
};

const planWorker = () => {
  if (!worker) {
    worker = new Worker(new URL('./plan-worker.ts', import.meta.url));
    worker.onmessage = ({data}: MessageEvent<PlanWorkerAnswer>) => {
      const request = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) request?.resolve(data.view);
      else request?.reject(new Error('the plan could not be made in a worker'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll(new Error('the plan worker stopped'));
    };
  }
  return worker;
};

const inWorker = (locale: string, hash: string) =>
  new Promise<PlanView | undefined>((resolve, reject) => {
    const id = ++lastId;
    const target = planWorker();
    waiting.set(id, {resolve, reject});
    void planDataText(locale).then((planData) => target.postMessage({id, locale, hash, planData}));
  });

const made = new Map<string, Promise<PlanView | undefined>>();

/** The plan for these answers: from the worker if it can, else on the page. Made once per fragment. */
export const planForFragment = (locale: string, hash: string): Promise<PlanView | undefined> => {
  const key = `${locale}${hash}`;
  let plan = made.get(key);
  if (!plan) {
    plan = (typeof Worker === 'function' ? inWorker(locale, hash) : Promise.reject(new Error('no worker'))).catch(async () =>
      (await builders()).devicePlanView(locale, hash),
    );
    // A failure (offline, say) is tried again next time rather than remembered.
    plan.catch(() => made.delete(key));
    made.set(key, plan);
  }
  return plan;
};

/** Starts making the plan at once when the page opens with a fragment, before it has hydrated. */
export const startEarly = () => {
  if (typeof window === 'undefined' || window.location.hash.length < 2) return;
  const locale = document.documentElement.lang;
  if (locale) void planForFragment(locale, window.location.hash).catch(() => undefined);
};
