// The plan's first screen drawn before the framework runs. The plan's static page (/{locale}/plan) loads this small
// script, not React: it hands the fragment and the plan's data (the page preloads it) to a worker
// (./plan-early-worker.tsx), which answers with the first screen's HTML, and puts it in the page. Nothing is sent:
// the data file is the same for everyone. The framework then runs at the person's first touch, key or focus, or once
// the page has settled (public/framework-on-touch.js), and React draws the whole plan over this one
// (components/plan/DevicePlan.tsx). Bundled on its own by scripts/build-plan-early.mjs.
import {planDataPath} from '@/lib/views/plan-data';
import {focusQuietly} from '@/components/on-device/focus-quietly';
import {DRAWN_EARLY, EARLY_BOX, EARLY_TAKEN, FRAMEWORK_NOW, type EarlyAnswer, type EarlyLabels} from './early-messages';

declare global {
  interface Window {
    recoursFrameworkNow?: boolean;
    recoursDrawnEarly?: boolean;
    recoursHeadingFocused?: boolean;
  }
}

const askForFramework = () => {
  window.recoursFrameworkNow = true;
  document.dispatchEvent(new Event(FRAMEWORK_NOW));
};

const whenParsed = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), {once: true});
    else resolve();
  });

const labelsOf = (box: HTMLElement): EarlyLabels | undefined => {
  try {
    return JSON.parse(box.getAttribute(EARLY_BOX) ?? '') as EarlyLabels;
  } catch {
    return undefined;
  }
};

/** Focus starts on the plan's title, as on every page, unless the person has moved it already. */
const focusTitle = (box: HTMLElement) => {
  const title = box.querySelector('h1');
  if (!title || (document.activeElement !== document.body && document.activeElement !== null)) return;
  focusQuietly(title);
  window.recoursHeadingFocused = true;
};

const answerOf = (worker: Worker) =>
  new Promise<EarlyAnswer>((resolve) => {
    worker.onmessage = ({data}: MessageEvent<EarlyAnswer>) => resolve(data);
    worker.onerror = () => resolve({kind: 'failed'});
  });

const drawEarly = async () => {
  const hash = window.location.hash;
  const locale = document.documentElement.lang;
  // A part to show (`to=`) lies below the first screen: the framework draws the whole plan at once.
  if (hash.length < 2 || !locale || new URLSearchParams(hash.slice(1)).has('to') || typeof Worker === 'undefined') return askForFramework();
  const worker = new Worker('/plan-early-worker.js');
  const answer = answerOf(worker);
  const planData = fetch(planDataPath(locale))
    .then((response) => (response.ok ? response.text() : undefined))
    .catch(() => undefined);
  await whenParsed();
  const box = document.querySelector<HTMLElement>(`[${EARLY_BOX}]`);
  const labels = box && labelsOf(box);
  if (!box || !labels) {
    worker.terminate();
    return askForFramework();
  }
  worker.postMessage({...labels, locale, hash, planData: await planData});
  const drawn = await answer;
  worker.terminate();
  if (drawn.kind !== 'drawn') return askForFramework();
  // React has the page already, or the person went to other answers: React draws them.
  if (box.hasAttribute(EARLY_TAKEN) || window.location.hash !== hash) return;
  box.innerHTML = drawn.html;
  // Once that screen is painted (the next frame, then the task after it), in tasks of their own: a slow phone lays
  // the screen out first.
  requestAnimationFrame(() =>
    setTimeout(() => {
      focusTitle(box);
      window.recoursDrawnEarly = true;
      document.dispatchEvent(new Event(DRAWN_EARLY));
    }, 0),
  );
};

drawEarly().catch(askForFramework);
