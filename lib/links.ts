// Every internal link in one place: the locale prefix, the page, and the answers written as the URL contract.
import type {Answers} from './answers/schema';
import type {QuestionId} from './answers/questions';
import type {JourneyStep} from './answers/journey';
import {PRIVATE_KEYS} from './answers/url-contract';
import {toQueryEntries, withQuery, type QueryEntry} from './answers/to-query';
import type {PagePath} from './pages';

/** The answers a link carries: their values, and which questions were answered "I'd rather not say". */
export type AnswerState = {answers: Answers; answered: readonly QuestionId[]};

/** The plan's companions, made on request from the same answers. */
export type PlanFile = 'pdf' | 'reminders.ics' | 'notice' | 'texts';

/** The companions that are pages, which the device draws from the answers after `#` too. */
export type PlanPage = Extract<PlanFile, 'notice' | 'texts'>;

const query = (state: AnswerState | undefined, extra: QueryEntry[] = []) =>
  new URLSearchParams([...(state ? toQueryEntries(state.answers, state.answered) : []), ...extra]).toString();

/** A part of a page: after the query, a plain anchor. */
const anchor = (part?: string) => (part ? `#${part}` : '');

/** The answers after `#`, and the part of the page to show (the fragment cannot also be an anchor). */
const fragment = (state: AnswerState, part?: string) => `#${query(state, part ? [[PRIVATE_KEYS.part, part]] : [])}`;

export const linksFor = (locale: string) => {
  const path = (rest: PagePath) => `/${locale}${rest}`;
  return {
    /** A page that carries no answers, such as `/guides` or `/privacy`: a path of the list of pages (lib/pages.ts). */
    page: path,
    home: () => path(''),
    guide: (platform: string) => path(`/guides/${platform}`),
    directory: (region?: string) => path(region ? `/directory/${region}` : '/directory'),
    law: (country: string) => path(`/law/${country}`),
    /** A question; `editing` sends the person back to the check page once it is answered. */
    question: (id: QuestionId, state?: AnswerState, options: {editing?: boolean} = {}) =>
      withQuery(path(`/questions/${id}`), query(state, options.editing ? [[PRIVATE_KEYS.editing, '1']] : [])),
    /** The first question, with some answers already chosen (a guide starts the questions with its platform). */
    start: (prefill: Partial<Answers> = {}) => {
      const answers = query({answers: {platforms: [], situation: [], ...prefill}, answered: []});
      // Nothing chosen yet: the static address, where the device then keeps every answer (DeviceJourney.tsx).
      return answers ? withQuery(path('/questions/who'), answers) : path('/questions');
    },
    check: (state: AnswerState) => withQuery(path('/check'), query(state)),
    plan: (state: AnswerState, part?: string) => `${withQuery(path('/plan'), query(state))}${anchor(part)}`,
    /** The plan with its answers after `#`: a browser never sends them; the device draws the plan (JavaScript on). */
    planOnDevice: (state: AnswerState, part?: string) => `${path('/plan')}${fragment(state, part)}`,
    /** The page of texts or of letters with the answers after `#`, drawn on the device as the plan is. */
    planPageOnDevice: (page: PlanPage, state: AnswerState, part?: string) => `${path(`/plan/${page}`)}${fragment(state, part)}`,
    /**
     * A step of the questions drawn on the device (JavaScript on): one neutral address, `/questions`, with the step
     * and the answers after `#`, so that neither the answers nor which question they lead to reach the server.
     */
    stepOnDevice: (step: JourneyStep, state?: AnswerState, options: {editing?: boolean} = {}) =>
      `${path('/questions')}#${new URLSearchParams([
        [PRIVATE_KEYS.step, step],
        ...(state ? toQueryEntries(state.answers, state.answered) : []),
        ...(options.editing ? [[PRIVATE_KEYS.editing, '1'] as QueryEntry] : []),
      ]).toString()}`,
    planFile: (file: PlanFile, state: AnswerState, part?: string) => `${withQuery(path(`/plan/${file}`), query(state))}${anchor(part)}`,
    /** A part of the plan, from the plan itself ("right now" to a section): a plain anchor on the server's plan. */
    planPart: (_state: AnswerState, part: string) => anchor(part),
  };
};

export type Links = ReturnType<typeof linksFor>;
