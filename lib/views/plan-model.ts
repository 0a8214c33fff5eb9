// The plan as plain data, worded in one locale: what the glue (app/_server) builds and the pages, the PDF and the
// plan's client view draw. Types only, below both, so that display code never reaches up into the glue.
import type {Platform} from '../answers/schema';
import type {QuestionId} from '../answers/questions';
import type {Plan} from '../plan/build-plan';
import type {ClockId} from '../plan/clocks';
import type {ContentEntry} from '../content/load-content';
import type {NoticeKind} from '../report/notices';
import type {IsoDate} from '../dates';

/** One tap: a number to call or text, or a page to open. */
export type Tap = {href: string; label: string};

export type NowModel = {id: string; text: string; reason: string; tap: Tap};

export type SummaryRow = {question: QuestionId; label: string; /** Undefined: not answered yet. */ value?: string};

export type NoticeView = {
  kind: NoticeKind;
  title: string;
  law: string;
  /** Who it is for, where to send it, and the deadline it starts. */
  when: string[];
  text: string;
  /** The same letter in English, for platforms abroad (US platforms, and a platform's own complaint system). */
  english?: string;
  /** Whether the law sets a deadline once it is sent (the plan's follow-up form then asks its date). */
  clock: boolean;
};

export type PlanItemModel = {
  anchorId: string;
  /** The step's title and what to do and why, as shown before anything is unfolded, in the voice of who fills in. */
  title: string;
  summary: string;
  reasons: string[];
  /** The reason the page shows under the summary: the first, unless it says nothing about the person's answers. */
  why?: string;
  reviewed: string;
  callout?: string;
  primary: Tap | undefined;
  /** The platform a report step is about. */
  platform?: Platform;
  /** The step's numbers and links that serve this person (the PDF writes them out). */
  phones: ContentEntry['phones'];
  links: ContentEntry['links'];
  /** The step's full explanation, on a static page. */
  detailHref: string;
  /** The ready-to-paste text it announces, one tap away: a report to the platform, or a notice (a letter). */
  textHref?: string;
  /** The same page without the part (several platforms' texts in one step; the pages kept offline with the plan). */
  textPage?: string;
  /** For the PDF (the page links to the texts instead): the platform's rule to cite in the plan's report text. */
  policyLines?: string[];
  letters?: NoticeView[];
  /** For the PDF: the step's whole text. */
  markdown?: string;
};

/** A day the person can give, for the clock of one kind of report or notice. */
export type ClockInput = {id: ClockId; name: string; label: string; value?: IsoDate};

export type PlanSectionModel = {id: string; number: number; title: string; items: PlanItemModel[]};

export type PlanModel = {
  locale: string;
  /** A parent or a supporter filled in the questions: each step's full text is still written to the person. */
  writtenForThem: boolean;
  plan: Plan;
  /** At most three actions for the top of the plan. */
  now: NowModel[];
  /** For the PDF's first page (empty on the page, which does not show it): the answers, summed up. */
  summary: SummaryRow[];
  madeOn: string;
  followUp: string[];
  /** The days the person can give: the first report's, and each notice's that applies to them. */
  clockInputs: ClockInput[];
  /** A date in the future was given: it is left out, and the dates count from today instead. */
  reportDateIgnored: boolean;
  unusable: string[];
  missing: string[];
  answerMissingHref?: string;
  sections: PlanSectionModel[];
  /**
   * For the PDF: the report text written out once, in the plan's language and in English, with a blank for
   * each platform's rule (noted at its step): on paper, one text instead of one per platform.
   */
  reportText?: {local: string; english?: string};
};
