// answers → plan: applies the rule table, in section order, with one reason list per item. A step is placed
// only when its content serves the person (lib/plan/eligibility.ts), and a letter attached only where its law does.
import {PLATFORMS, type Answers, type Platform} from '../answers/schema';
import {addDays, addMonths, type IsoDate} from '../dates';
import {noticeServes} from '../report/notices';
import {entryServes, tapFor, type Catalogue, type Target} from './eligibility';
import {factsFrom, type Maybe} from './facts';
import {reasonFor} from './reasons';
import {allRuleContentIds, rulesFor, type Attachment, type ReasonKey} from './rules';
import {SECTION_IDS, type SectionId} from './sections';

export type PlanItem = {
  contentId: string;
  /** The platform a report item is about. */
  platform?: Platform;
  attach?: Attachment;
  reasons: ReasonKey[];
  /** The step's one primary action for this person: a number or a link that serves them. */
  tap?: Target;
};

export type PlanSection = {id: SectionId; items: PlanItem[]};

export type Plan = {
  madeOn: IsoDate;
  /** The day of the first report, when the person gave it (never later than the day the plan is made). */
  reportedOn?: IsoDate;
  /** A week after the first report: time to check for an answer. Only when the report date is known. */
  checkOn?: IsoDate;
  /** The day to escalate if nothing has happened: one month after the first report, or after today. */
  escalateOn: IsoDate;
  madeUnder18: Maybe;
  sections: PlanSection[];
};

export const buildPlan = (answers: Answers, today: IsoDate, catalogue: Catalogue): Plan => {
  const facts = factsFrom(answers);
  const rules = rulesFor(facts);
  const sections = SECTION_IDS.map((id): PlanSection => {
    const items: PlanItem[] = [];
    for (const rule of rules) {
      if (rule.section !== id || !rule.when(facts)) continue;
      const entry = catalogue.get(rule.add);
      if (!entry || !entryServes(entry, facts)) continue;
      const because = reasonFor(rule, entry.serves, facts);
      const existing = items.find((item) => item.contentId === rule.add);
      if (existing) {
        if (!existing.reasons.includes(because)) existing.reasons.push(because);
        continue;
      }
      const attach = rule.attach === undefined || rule.attach === 'report-text' || noticeServes(rule.attach, facts) ? rule.attach : undefined;
      const tap = tapFor(entry, facts, {emergency: rule.section === 'safety'});
      items.push({
        contentId: rule.add,
        ...(rule.platform ? {platform: rule.platform} : {}),
        ...(attach ? {attach} : {}),
        reasons: [because],
        ...(tap ? {tap} : {}),
      });
    }
    return {id, items};
  }).filter((section) => section.items.length > 0);
  const reportedOn = answers.reportedOn && answers.reportedOn <= today ? answers.reportedOn : undefined;
  const start = reportedOn ?? today;
  return {
    madeOn: today,
    ...(reportedOn ? {reportedOn, checkOn: addDays(reportedOn, 7)} : {}),
    escalateOn: addMonths(start, 1),
    madeUnder18: facts.madeUnder18,
    sections,
  };
};

/** Every content id a plan can show. */
export const referencedContentIds = (): string[] => allRuleContentIds();

/** The content id of each platform's own guide (search engines have their own section instead). */
export const platformGuideIds = (): string[] =>
  PLATFORMS.filter((platform) => platform !== 'search-engine').map((platform) => `platform-${platform}`);
