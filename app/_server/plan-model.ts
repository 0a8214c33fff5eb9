// The plan model on the server: lib/views/build-plan-model.ts with next-intl's words and the content files, and,
// for the PDF, every text the plan announces written out.
import {serverWords} from './server-words';
import {contentLibrary} from '@/lib/content/content-store';
import {buildPlanModel as buildModel, type PlanSources} from '@/lib/views/build-plan-model';
import {planEntryOf, type PlanEntries} from '@/lib/views/plan-entry';
import type {PlanModel} from '@/lib/views/plan-model';
import {planTexts} from '@/lib/views/plan-texts';
import {serverTextSources} from './text-sources';
import type {PlanRequest} from './plan-request';

const entries = new Map<string, PlanEntries>();

/** The plan's view of a locale's content library (with each step's text, for the PDF), built once per process. */
export const planEntries = (locale: string): PlanEntries => {
  let found = entries.get(locale);
  if (!found) {
    found = new Map([...contentLibrary(locale)].map(([id, entry]) => [id, planEntryOf(entry, true)]));
    entries.set(locale, found);
  }
  return found;
};

export const serverSources = (locale: string): PlanSources => ({words: serverWords(locale), content: planEntries(locale)});

/** `withTexts`: write out every text the plan announces, and sum up the answers (the PDF); the page links to them instead. */
export const buildPlanModel = (request: PlanRequest, {withTexts = false} = {}): Promise<PlanModel> =>
  buildModel(request, serverSources(request.locale), withTexts ? planTexts(serverTextSources(request.locale), request) : undefined);
