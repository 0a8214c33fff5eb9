import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary} from '@/lib/content/load-content';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {PLATFORMS} from '@/lib/answers/schema';
import {buildPlan, platformGuideIds, referencedContentIds} from '@/lib/plan/build-plan';
import {SECTION_IDS} from '@/lib/plan/sections';
import {SCENARIOS} from '../../scenarios';

const CATALOGUE = loadContentLibrary(join(process.cwd(), 'content'), 'fr');
const plan = (query: string, today = '2026-11-24') => buildPlan(parseAnswers(new URLSearchParams(query)).answers, today, CATALOGUE);
/** Items without their tap, which the eligibility tests check. */
const bare = (items: {tap?: unknown}[] | undefined) => items?.map(({tap: _tap, ...item}) => item);
const ids = (built: ReturnType<typeof buildPlan>) => built.sections.flatMap((s) => s.items.map((i) => i.contentId));

describe('buildPlan over named scenarios', () => {
  it.each(SCENARIOS)('$name', ({query, sections, includes, excludes}) => {
    const built = plan(query);
    expect(built.sections.map((s) => s.id)).toEqual(sections);
    for (const id of includes) expect(ids(built)).toContain(id);
    for (const id of excludes) expect(ids(built)).not.toContain(id);
  });
});

describe('buildPlan', () => {
  it('keeps sections in the documented order, whatever the order of the answers', () => {
    const built = plan('u=3&u=2&u=1&p=search-engine&p=x&c=fr');
    expect(built.sections.map((s) => s.id)).toEqual([
      'safety',
      'threats',
      'evidence',
      'report',
      'alert',
      'reupload',
      'search',
      'escalate',
      'police',
      'support',
    ]);
    const order = built.sections.map((s) => SECTION_IDS.indexOf(s.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives every selected platform its own guide and report text, then the notice to a host', () => {
    const report = plan('c=fr&p=reddit&p=x&p=discord').sections.find((s) => s.id === 'report');
    expect(bare(report?.items)).toEqual([
      {contentId: 'platform-x', platform: 'x', attach: 'report-text', reasons: ['platformSelected']},
      {contentId: 'platform-reddit', platform: 'reddit', attach: 'report-text', reasons: ['platformSelected']},
      {contentId: 'platform-discord', platform: 'discord', attach: 'report-text', reasons: ['platformSelected']},
      {contentId: 'host-notice', attach: 'host-notice', reasons: ['hostNoticeFr']},
    ]);
  });

  it('has nothing to report yet when the place is unknown, and no report text for it', () => {
    const report = plan('c=ca&p=unknown').sections.find((s) => s.id === 'report');
    expect(bare(report?.items)).toEqual([{contentId: 'platform-unknown', platform: 'unknown', reasons: ['placeUnknown']}]);
  });

  it('gives every item at least one reason and never repeats an item', () => {
    for (const {query} of SCENARIOS) {
      for (const section of plan(query).sections) {
        const keys = section.items.map((i) => i.contentId);
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of section.items) expect(item.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it("treats a missing age as possibly under 18: both hash services and the minors' evidence rules", () => {
    const built = plan('c=fr&p=x');
    expect(ids(built)).toEqual(expect.arrayContaining(['stopncii', 'take-it-down', 'evidence-minor', 'pharos']));
    expect(ids(built)).not.toContain('evidence-adult');
  });

  it('treats someone under 18 today as under 18 when it was made', () => {
    const built = plan('c=ca&r=qc&p=x&b=15');
    expect(built.madeUnder18).toBe('yes');
    expect(ids(built)).toContain('cybertip');
    expect(ids(built)).not.toContain('stopncii');
  });

  it('dates the escalation one month after the plan is made, the check a week after the first report', () => {
    expect(plan('c=fr&p=x', '2027-01-31')).toMatchObject({madeOn: '2027-01-31', escalateOn: '2027-02-28'});
    expect(plan('c=fr&p=x&d=2027-01-31', '2027-02-10')).toMatchObject({reportedOn: '2027-01-31', checkOn: '2027-02-07', escalateOn: '2027-02-28'});
  });

  it('is deterministic', () => {
    expect(plan(SCENARIOS[0]!.query)).toEqual(plan(SCENARIOS[0]!.query));
  });

  it('names every content id it can produce, and only those', () => {
    const produced = new Set(SCENARIOS.flatMap(({query}) => ids(plan(query))));
    for (const id of produced) expect(referencedContentIds()).toContain(id);
    for (const id of platformGuideIds()) expect(referencedContentIds()).toContain(id);
    expect(platformGuideIds()).toHaveLength(PLATFORMS.length - 1); // search engines have their own section
  });
});
