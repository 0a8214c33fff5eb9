// The plan's static data for one locale (the questions' too), the same for every visitor (one file per locale, never per country: the
// country is an answer): the messages the plan's words come from, precompiled, and what the plan needs of each
// content entry. Made at build time by app/[locale]/plan-data.json/route.ts; the device fetches it once the page
// has painted and draws the plan from the address's fragment.
import type {PlanEntry} from './plan-entry';
import type {Namespace} from './words';

/**
 * Every namespace the plan model, the plan page's view and the questions' steps ask for (unit tests check they ask
 * for no other): the device draws the questions from the same file, fetched once.
 */
export const PLAN_NAMESPACES = [
  'Plan',
  'Check',
  'FollowUp',
  'Reasons',
  'Contacts',
  'Questions',
  'Countries',
  'Now',
  'Platforms',
  'Texts',
  'Keep',
] as const satisfies readonly Namespace[];

export type PlanData = {locale: string; messages: Record<string, unknown>; content: PlanEntry[]};

export const planDataPath = (locale: string) => `/${locale}/plan-data.json`;
