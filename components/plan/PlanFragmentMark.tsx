// On the plan's address without a query: before anything is drawn, marks the page when its address carries a
// fragment, so that the page for a link without answers stays hidden while the device draws the plan from it
// (components/plan/DevicePlan.tsx). Without JavaScript nothing is marked and that page shows at once.
import {requestNonce} from '@/components/LeftGuard';

export const PLAN_FRAGMENT_MARK = 'data-plan-fragment';

export const PlanFragmentMark = async () => (
  <script
    nonce={await requestNonce()}
    dangerouslySetInnerHTML={{__html: `if(location.hash.length>1)document.documentElement.setAttribute('${PLAN_FRAGMENT_MARK}','')`}}
  />
);
