// The opening step shared by the plan's four routes (page, PDF, calendar, notice): read the answers once,
// take today's date once, and build the links the plan prints or shares.
import {parseAnswers, type ParsedAnswers, type QueryInput} from '@/lib/answers/parse-answers';
import {toQueryString} from '@/lib/answers/to-query';
import {toIsoDate, type IsoDate} from '@/lib/dates';
import {linksFor, type AnswerState, type Links} from '@/lib/links';
import {siteOrigin} from './site-origin';

export type PlanRequest = {
  locale: string;
  parsed: ParsedAnswers;
  state: AnswerState;
  /** The answers as the URL contract writes them, the date of the first report included. */
  query: string;
  today: IsoDate;
  links: Links;
  /** The plan's full address, to share, print or put in a calendar. */
  planUrl: string;
};

export const openPlanRequest = async (locale: string, query: QueryInput): Promise<PlanRequest> => {
  const parsed = parseAnswers(query);
  const state = {answers: parsed.answers, answered: parsed.answered};
  const links = linksFor(locale);
  return {
    locale,
    parsed,
    state,
    query: toQueryString(parsed.answers, parsed.answered),
    today: toIsoDate(new Date()),
    links,
    planUrl: `${siteOrigin()}${links.plan(state)}`,
  };
};
