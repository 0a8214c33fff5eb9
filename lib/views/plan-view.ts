// What the plan page shows, as plain data: every string already worded. Types only, shared by the glue that makes
// it (app/_server/plan-view.ts) and the components that draw it.
import type {QueryEntry} from '../answers/to-query';
import type {ClockInput, NowModel, Tap} from './plan-model';

export type StepView = {
  anchorId: string;
  title: string;
  /** The step in full, on a static page. */
  href: string;
  callout?: string;
  summary: string;
  /** Why the step is there, when it depends on the person's answers. */
  why?: string;
  primary?: Tap;
  /** The ready-to-paste text or the letter it announces. */
  text?: Tap;
  /** Several platforms in one step: each one's name (opening its guide) and its report tap. */
  platforms?: {name: string; guide: string; report?: Tap}[];
};

export type SectionView = {id: string; number: number; title: string; steps: StepView[]};

export type NoticesView = {
  unusable?: {title: string; text: string};
  missing?: {title: string; text: string; answer: Tap};
};

export type FollowUpView = {
  title: string;
  lines: string[];
  dateTooLate?: string;
  /** The GET form that adds the days: where it goes, and the answers it carries along. */
  action: string;
  hidden: QueryEntry[];
  hint: string;
  today: string;
  report?: ClockInput;
  letters?: {summary: string; hint: string; inputs: ClockInput[]};
  submit: string;
  calendar?: FileTap & {hint: string};
};

/** A file the device makes from the answers after `#` (on a plan drawn on the device), nothing sent. */
export type MadeOnDevice = {file: 'pdf' | 'calendar'; locale: string; preparing: string; failed: string};

/** A file: a link to the server (a plan drawn from a query), or made on the device. */
export type FileTap = {label: string} & ({href: string} | {make: MadeOnDevice});

export type KeepView = {
  title: string;
  /** `note`: on a plan drawn on the device, that its files, texts and letters are made there too. */
  pdf: FileTap & {note?: string};
  share: {url: string; labels: {link: string; hint: string; copy: string; copied: string; share: string}};
  offline: {pages: string[]; labels: {intro: string; keep: string; remove: string; kept: string; removed: string}};
  journal: Tap;
  changeAnswers: Tap;
  startAgain: Tap;
};

export type PlanView = {
  now: {title: string; actions: NowModel[]};
  lead: string;
  madeOn: string;
  notices: NoticesView;
  whyLabel: string;
  sections: SectionView[];
  followUp: FollowUpView;
  keep: KeepView;
};
