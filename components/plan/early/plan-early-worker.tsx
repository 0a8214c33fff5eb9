// The early drawing's worker: makes the plan from the fragment with the same builders as the page
// (../device-plan.ts) and writes its first screen as HTML with the same components React draws it with
// (../DeviceFirstScreen.tsx), off the page's thread. Bundled on its own by scripts/build-plan-early.mjs.
import {renderToStaticMarkup} from 'react-dom/server';
import {planDataPath} from '@/lib/views/plan-data';
import {keepFetched} from '@/components/on-device/fetch-once';
import {devicePlanView} from '../device-plan';
import {DeviceFirstScreen} from '../DeviceFirstScreen';
import type {EarlyAnswer, EarlyRequest} from './early-messages';

const draw = async ({locale, hash, planData, title, languages}: EarlyRequest): Promise<EarlyAnswer> => {
  if (planData) keepFetched(planDataPath(locale), planData);
  const view = await devicePlanView(locale, hash);
  if (!view) return {kind: 'empty'};
  return {kind: 'drawn', html: renderToStaticMarkup(<DeviceFirstScreen title={title} view={view} languages={languages} hash={hash} />)};
};

self.onmessage = async ({data}: MessageEvent<EarlyRequest>) => {
  const answer = await draw(data).catch((): EarlyAnswer => ({kind: 'failed'}));
  self.postMessage(answer);
};
