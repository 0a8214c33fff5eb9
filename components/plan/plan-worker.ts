// The plan made in a Web Worker: the same builders as on the page (./device-plan.ts), off the page's own thread,
// so that a phone lays the page out while another of its cores makes the plan. Answers the page with plain data.
import {planDataPath} from '@/lib/views/plan-data';
import type {PlanView} from '@/lib/views/plan-view';
import {keepFetched} from '@/components/on-device/device-data';
import {devicePlanView} from './device-plan';

/** `planData`: the plan's data as the page fetched it (as text), so that it is not downloaded twice. */
export type PlanWorkerRequest = {id: number; locale: string; hash: string; planData?: string};
export type PlanWorkerAnswer = {id: number; ok: true; view: PlanView | undefined} | {id: number; ok: false};

addEventListener('message', ({data: {id, locale, hash, planData}}: MessageEvent<PlanWorkerRequest>) => {
  if (planData) keepFetched(planDataPath(locale), planData);
  devicePlanView(locale, hash).then(
    (view) => postMessage({id, ok: true, view} satisfies PlanWorkerAnswer),
    () => postMessage({id, ok: false} satisfies PlanWorkerAnswer),
  );
});
