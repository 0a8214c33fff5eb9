import {describe, expect, it} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {buildPlan, platformGuideIds, referencedContentIds} from '@/lib/plan/build-plan';
import {SECTION_IDS} from '@/lib/plan/sections';
import {SCENARIOS} from '../../scenarios';

const everything = {has: () => true};
const onlyX = {has: (id: string) => id === 'platform-x' || !id.startsWith('platform-') || id === 'platform-generic'};
const ids = (plan: ReturnType<typeof buildPlan>) => plan.sections.flatMap((s) => s.items.map((i) => i.contentId));

describe('buildPlan over named scenarios', () => {
  it.each(SCENARIOS)('$name', ({query, sections, includes, excludes}) => {
    const plan = buildPlan(parseAnswers(new URLSearchParams(query)).answers, onlyX, '2026-11-24');
    expect(plan.sections.map((s) => s.id)).toEqual(sections);
    for (const id of includes) expect(ids(plan)).toContain(id);
    for (const id of excludes) expect(ids(plan)).not.toContain(id);
  });
});

describe('buildPlan', () => {
  it('keeps sections in the documented order', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&u=1&u=2&u=3&p=search-engine')).answers, everything, '2026-11-24');
    const order = plan.sections.map((s) => SECTION_IDS.indexOf(s.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists every selected platform, with the generic guide where none of its own exists', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x&p=discord&p=reddit')).answers, onlyX, '2026-11-24');
    const report = plan.sections.find((s) => s.id === 'report');
    expect(report?.items).toEqual([
      {contentId: 'platform-x', platform: 'x', reasons: ['platformSelected']},
      {contentId: 'platform-generic', platform: 'reddit', reasons: ['platformSelected']},
      {contentId: 'platform-generic', platform: 'discord', reasons: ['platformSelected']},
      {contentId: 'host-notice', reasons: ['hostNoticeFr']},
    ]);
  });

  it('gives every item at least one reason and never repeats an item', () => {
    for (const {query} of SCENARIOS) {
      const plan = buildPlan(parseAnswers(new URLSearchParams(query)).answers, everything, '2026-11-24');
      for (const section of plan.sections) {
        const keys = section.items.map((i) => `${i.contentId}/${i.platform ?? ''}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of section.items) expect(item.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('treats a missing age as possibly under 18: both hash services and the minors\' evidence rules', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x')).answers, everything, '2026-11-24');
    expect(ids(plan)).toEqual(expect.arrayContaining(['stopncii', 'take-it-down', 'evidence-minor', 'pharos']));
    expect(ids(plan)).not.toContain('evidence-adult');
  });

  it('treats someone under 18 today as under 18 when it was made', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=ca&r=qc&p=x&b=15')).answers, everything, '2026-11-24');
    expect(plan.madeUnder18).toBe('yes');
    expect(ids(plan)).toContain('cybertip');
    expect(ids(plan)).not.toContain('stopncii');
  });

  it('dates the escalation one month after the plan is made', () => {
    const plan = buildPlan(parseAnswers(new URLSearchParams('c=fr&p=x')).answers, everything, '2027-01-31');
    expect(plan.madeOn).toBe('2027-01-31');
    expect(plan.escalateOn).toBe('2027-02-28');
  });

  it('is deterministic', () => {
    const answers = parseAnswers(new URLSearchParams(SCENARIOS[0]!.query)).answers;
    expect(buildPlan(answers, everything, '2026-11-24')).toEqual(buildPlan(answers, everything, '2026-11-24'));
  });

  it('names every content id it can produce', () => {
    const produced = new Set<string>();
    for (const {query} of SCENARIOS) {
      for (const id of ids(buildPlan(parseAnswers(new URLSearchParams(query)).answers, onlyX, '2026-11-24'))) produced.add(id);
    }
    for (const id of produced) expect([...referencedContentIds(), ...platformGuideIds()]).toContain(id);
  });
});
