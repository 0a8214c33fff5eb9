// The answer-free pages the service worker keeps for every visitor at once, the same list for everyone (so that
// what is on the device never says what a person read): the pages of the one list of pages (lib/pages.ts) kept
// offline for everyone, in each locale. Plain data with no framework import: the service worker bundle reads it.
import {LOCALES} from '../i18n/locales';
import {COUNTRIES} from './answers/schema';
import {PAGES, pagesWhere, pathsOf} from './pages';

export const PAGES_FOR_EVERYONE: readonly string[] = LOCALES.flatMap((locale) => [
  ...pagesWhere((page) => page.offline === 'everyone')
    .flatMap((page) => pathsOf(page.path, {place: COUNTRIES}))
    .map((path) => `/${locale}${path}`),
  // The addresses of the plan, its texts, its letters and the questions without answers, the same pages for
  // everyone: the device draws a plan, its texts or letters, or a step from the fragment into them
  // (components/plan/DevicePlan.tsx, components/questions/DeviceJourney.tsx), offline too, with the data kept above.
  `/${locale}${PAGES.plan.path}`,
  `/${locale}${PAGES.questions.path}`,
  `/${locale}${PAGES.planTexts.path}`,
  `/${locale}${PAGES.planNotice.path}`,
]);

/** The scripts the build writes into public/ (scripts/build-plan-early.mjs): the plan's early drawing and its worker. */
export const BUILT_SCRIPTS: readonly string[] = ['/plan-early.js', '/plan-early-worker.js'];

/**
 * The site's small static scripts (every file of public/ that ends in .js, but the service worker itself): the same
 * for everyone, kept with the pages above so that a page read offline still leaves at once, holds its "Continue",
 * draws a plan's first screen and runs its framework at the first touch.
 */
export const SITE_SCRIPTS: readonly string[] = ['/quick-exit.js', '/hold-submit.js', '/register-sw.js', '/framework-on-touch.js', ...BUILT_SCRIPTS];
