// Before anything is drawn, marks the page when its address's fragment holds what the device is about to draw
// (a plan, a step of the questions), so that the page the server drew for an address without answers stays hidden
// (class `awaits-device`) instead of flashing first. Without JavaScript nothing is marked and that page shows at once.
import {requestNonce} from '@/components/LeftGuard';
import {STEP_IN_FRAGMENT} from '@/lib/answers/url-contract';

export const FRAGMENT_MARK = 'data-device-draws';

const markIf = (test: string) => `if(${test})document.documentElement.setAttribute('${FRAGMENT_MARK}','')`;

const ANY_FRAGMENT = 'location.hash.length>1';

/** The plan's address with a query that holds no answers (rendered per request): any fragment may hold them. */
export const PlanFragmentMark = async () => <script nonce={await requestNonce()} dangerouslySetInnerHTML={{__html: markIf(ANY_FRAGMENT)}} />;

/** The plan's static address without a query: allowed by its hash (scripts/csp-static-pages.mjs). */
export const StaticPlanFragmentMark = () => <script dangerouslySetInnerHTML={{__html: markIf(ANY_FRAGMENT)}} />;

/** The questions' static address: a fragment naming a step (`q=`). Allowed by its hash (scripts/csp-static-pages.mjs). */
export const StepFragmentMark = () => <script dangerouslySetInnerHTML={{__html: markIf(`/${STEP_IN_FRAGMENT}/.test(location.hash)`)}} />;
