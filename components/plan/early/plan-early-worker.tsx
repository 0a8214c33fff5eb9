// The early drawing's worker: makes the plan from the fragment with the same builders as the page
// (../device-plan.ts) and writes its first screen as HTML with the same components React draws it with
// (../DeviceFirstScreen.tsx), off the page's thread. Bundled on its own by scripts/build-plan-early.mjs.
import {renderToStaticMarkup} from 'react-dom/server';
import {planDataPath} from '@/lib/views/plan-data';
import {keepFetched} from '@/components/on-device/fetch-once';
import {devicePlanView} from '../device-plan';
import {DeviceFirstScreen} from '../DeviceFirstScreen';
import {REST_COMING_CLASS, type EarlyAnswer, type EarlyRequest} from './early-messages';

const draw = async ({locale, hash, planData, title, languages, restComing}: EarlyRequest): Promise<EarlyAnswer> => {
  if (planData) keepFetched(planDataPath(locale), planData);
  const view = await devicePlanView(locale, hash);
  if (!view) return {kind: 'empty'};
  const html = renderToStaticMarkup(
    <>
      <DeviceFirstScreen title={title} view={view} languages={languages} hash={hash} />
      <p className={`muted ${REST_COMING_CLASS}`}>{restComing}</p>
    </>,
  );
  return {kind: 'drawn', html};
};

self.onmessage = async ({data}: MessageEvent<EarlyRequest>) => {
  const answer = await draw(data).catch((): EarlyAnswer => ({kind: 'failed'}));
  self.postMessage(answer);
};
