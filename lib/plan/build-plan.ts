// answers → plan: applies the rule table, in section order, with one reason list per item.
import type {Answers, Platform} from '../answers/schema';
import {addMonths, type IsoDate} from '../dates';
import {factsFrom, type Maybe} from './facts';
import {RULES, type Rule} from './rules';
import {SECTION_IDS, type SectionId} from './sections';

export type PlanItem = {
  contentId: string;
  /** The platform a report item is about, for the heading of a generic guide. */
  platform?: Platform;
  reasons: string[];
};

export type PlanSection = {id: SectionId; items: PlanItem[]};

export type Plan = {
  madeOn: IsoDate;
  /** The day to escalate if nothing has happened: one month after the plan is made. */
  escalateOn: IsoDate;
  madeUnder18: Maybe;
  sections: PlanSection[];
};

/** What the builder needs from the content library: whether a content id exists. */
export type ContentIndex = {has: (contentId: string) => boolean};

// Platforms without a guide of their own use the generic one; search engines have their own section.
const platformRules = (platforms: readonly Platform[], content: ContentIndex): (Rule & {platform: Platform})[] =>
  platforms
    .filter((platform) => platform !== 'search-engine')
    .map((platform) => {
      const own = `platform-${platform}`;
      return {
        section: 'report',
        add: platform === 'unknown' || content.has(own) ? own : 'platform-generic',
        platform,
        when: () => true,
        because: platform === 'unknown' ? 'placeUnknown' : 'platformSelected',
      };
    });

export const buildPlan = (answers: Answers, content: ContentIndex, today: IsoDate): Plan => {
  const facts = factsFrom(answers);
  const rules = [...RULES, ...platformRules(facts.platforms, content)];
  const sections = SECTION_IDS.map((id): PlanSection => {
    const items: PlanItem[] = [];
    for (const rule of rules) {
      if (rule.section !== id || !rule.when(facts)) continue;
      const platform = 'platform' in rule ? (rule.platform as Platform) : undefined;
      const existing = items.find((item) => item.contentId === rule.add && item.platform === platform);
      if (existing) {
        if (!existing.reasons.includes(rule.because)) existing.reasons.push(rule.because);
        continue;
      }
      items.push(platform ? {contentId: rule.add, platform, reasons: [rule.because]} : {contentId: rule.add, reasons: [rule.because]});
    }
    return {id, items};
  }).filter((section) => section.items.length > 0);
  return {madeOn: today, escalateOn: addMonths(today, 1), madeUnder18: facts.madeUnder18, sections};
};

/** Every content id a plan can refer to, for checking that the library has them all. */
export const referencedContentIds = (): string[] => [
  ...new Set([...RULES.map((rule) => rule.add), 'platform-generic', 'platform-unknown', 'platform-x']),
];
