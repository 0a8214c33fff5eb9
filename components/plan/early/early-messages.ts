// What the plan page's early drawing (./plan-early.ts) and its worker (./plan-early-worker.tsx) say to each other,
// and how the early drawing tells the page's other scripts what it did.
import type {Language} from '@/components/LanguageLinks';

/** The early drawing's box on the plan's static page (components/plan/DevicePlan.tsx): its attribute holds `EarlyLabels`. */
export const EARLY_BOX = 'data-plan-early';
/** Set on the box once React has it: the early drawing then leaves it alone. */
export const EARLY_TAKEN = 'data-taken';
/**
 * The page's own words the early drawing needs, written by the server into the box's attribute: `restComing` says,
 * under the first screen, that the rest of the plan follows.
 */
export type EarlyLabels = {title: string; languages: Language[]; restComing: string};

/** The line under the early first screen that says the rest of the plan follows (React's drawing has none). */
export const REST_COMING_CLASS = 'plan-early__rest';

export type EarlyRequest = EarlyLabels & {locale: string; hash: string; planData?: string};
export type EarlyAnswer = {kind: 'drawn'; html: string} | {kind: 'empty'} | {kind: 'failed'};

/**
 * Asks public/framework-on-touch.js to run the framework now: the early drawing could not draw (no answers, a part
 * to show, no worker, a failure), so the page must not wait for a touch. The flag covers a loader that runs later.
 */
export const FRAMEWORK_NOW = 'recours:framework-now';

/**
 * Tells public/framework-on-touch.js that the first screen is drawn: the framework's files are fetched only then, so
 * that on a slow network they do not hold up the plan's data and the worker. The flag covers a loader that runs later.
 */
export const DRAWN_EARLY = 'recours:drawn-early';
