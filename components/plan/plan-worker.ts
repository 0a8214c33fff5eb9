// The plan made in a Web Worker: the same builders as on the page (./device-plan.ts), off the page's own thread,
// so that a phone lays the page out while another of its cores makes the plan. Answers the page with plain data.
import {planDataPath} from '@/lib/views/plan-data';
import {keepFetched} from '@/components/on-device/fetch-once';
import {answerCalls} from '@/components/on-device/worker-calls';
import {devicePlanView} from './device-plan';

answerCalls({
  /** `planData`: the plan's data as the page fetched it (as text), so that it is not downloaded twice. */
  plan: (locale: string, hash: string, planData?: string) => {
    if (planData) keepFetched(planDataPath(locale), planData);
    return devicePlanView(locale, hash);
  },
});
