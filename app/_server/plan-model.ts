// The plan model on the server: lib/views/build-plan-model.ts with next-intl's words and the content files, and,
// for the PDF, every text the plan announces written out.
import {serverWords} from './server-words';
import {factsFrom} from '@/lib/plan/facts';
import {contentLibrary} from '@/lib/content/content-store';
import {NOTICE_APPLIES, type NoticeKind} from '@/lib/report/notices';
import {buildPlanModel as buildModel, type PlanSources, type PlanTexts} from '@/lib/views/build-plan-model';
import {planEntryOf, type PlanEntries} from '@/lib/views/plan-entry';
import type {PlanModel} from '@/lib/views/plan-model';
import {noticeView} from './notices-view';
import {summarizeAnswers} from '@/lib/views/answers-summary';
import type {PlanRequest} from './plan-request';
import {policyLines, sharedReportText} from './report-texts';

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

/** The PDF's texts: the letters a step carries (after the notice to a host, the complaint if a platform refuses), and the rest. */
const pdfTexts = ({locale, parsed: {answers}, state, today}: PlanRequest): PlanTexts => ({
  policyLines: (contentId) => policyLines(locale, contentId),
  letters: (kind: NoticeKind) => {
    const kinds: NoticeKind[] =
      kind === 'host-notice' && NOTICE_APPLIES['platform-complaint'](factsFrom(answers)) ? [kind, 'platform-complaint'] : [kind];
    return Promise.all(kinds.map((each) => noticeView(each, locale, answers, today)));
  },
  summary: () => summarizeAnswers(serverWords(locale), state),
  reportText: async () => ({
    local: await sharedReportText(locale, answers),
    // Many platforms' forms are in English.
    ...(locale === 'en' ? {} : {english: await sharedReportText('en', answers)}),
  }),
});

/** `withTexts`: write out every text the plan announces, and sum up the answers (the PDF); the page links to them instead. */
export const buildPlanModel = (request: PlanRequest, {withTexts = false} = {}): Promise<PlanModel> =>
  buildModel(request, serverSources(request.locale), withTexts ? pdfTexts(request) : undefined);
