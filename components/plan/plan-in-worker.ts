// Makes the plan drawn on the device in a Web Worker (./plan-worker.ts), started as soon as the page's script runs
// when the address carries a fragment: the plan is then made while the page hydrates, on another core. The worker
// stays for the page's next plans (a follow-up date, another fragment). Where a worker cannot run, the same
// builders run on the page (./device-plan.ts).
import type {PlanView} from '@/lib/views/plan-view';
import {planDataPath} from '@/lib/views/plan-data';
import {callsInWorker} from '@/components/on-device/worker-calls';
import {fetchOnce} from '@/components/on-device/fetch-once';

const onPage = () => import('./device-plan');
const worker = callsInWorker(() => new Worker(new URL('./plan-worker.ts', import.meta.url)));

/** The page's own fetch of the plan's data (the page preloads it), as text: the worker parses it. */
const planDataText = (locale: string) => fetchOnce<string>(planDataPath(locale), 'text').catch(() => undefined);

const made = new Map<string, Promise<PlanView | undefined>>();

/** The plan for these answers: from the worker if it can, else on the page. Made once per fragment. */
export const planForFragment = (locale: string, hash: string): Promise<PlanView | undefined> => {
  const key = `${locale}${hash}`;
  let plan = made.get(key);
  if (!plan) {
    worker.warm();
    plan = planDataText(locale)
      .then((planData) => worker.call<PlanView | undefined>('plan', [locale, hash, planData]))
      .catch(async () => (await onPage()).devicePlanView(locale, hash));
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
