// What the PDF writes out where the plan's page links to it instead (the letters a step carries, the report text,
// the answers in words), from words passed in: the same on the server and on the device.
import type {PlanInput, PlanTexts} from './build-plan-model';
import {factsFrom} from '../plan/facts';
import {NOTICE_APPLIES, type NoticeKind} from '../report/notices';
import {noticeView} from './notice-views';
import {policyLines, sharedReportText, type TextSources} from './report-texts';
import {summarizeAnswers} from './answers-summary';

export const planTexts = (sources: TextSources, {locale, parsed: {answers}, state, today}: PlanInput): PlanTexts => ({
  policyLines: (contentId) => policyLines(sources, contentId),
  // After the notice to a host, the complaint if the platform refuses.
  letters: (kind: NoticeKind) => {
    const kinds: NoticeKind[] =
      kind === 'host-notice' && NOTICE_APPLIES['platform-complaint'](factsFrom(answers)) ? [kind, 'platform-complaint'] : [kind];
    return Promise.all(kinds.map((each) => noticeView(sources, each, answers, today)));
  },
  summary: () => summarizeAnswers(sources.wordsIn(locale), state),
  reportText: async () => ({
    local: await sharedReportText(sources, locale, answers),
    // Many platforms' forms are in English.
    ...(locale === 'en' ? {} : {english: await sharedReportText(sources, 'en', answers)}),
  }),
});
