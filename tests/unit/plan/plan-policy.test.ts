// Classes of error a plan must never make again, each checked on named personas and, where it is a rule
// for everyone, on every combination of answers (tests/answer-space.ts) with the real content library.
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {buildPlan, type Plan} from '@/lib/plan/build-plan';
import {factsFrom} from '@/lib/plan/facts';
import {loadContentLibrary, type ContentEntry} from '@/lib/content/load-content';
import {hostNoticeLines} from '@/lib/report/report-text';
import {answerSpace} from '../../answer-space';
import {PLACES, routesFor} from '@/lib/plan/places';
import {COUNTRIES} from '@/lib/answers/schema';

// Each check below reads the whole answer space: a budget of its own, that holds on a busy machine.
vi.setConfig({testTimeout: 120_000});

const ROOT = join(process.cwd(), 'content');
const LIBRARIES = {fr: loadContentLibrary(ROOT, 'fr'), en: loadContentLibrary(ROOT, 'en')};
const TODAY = '2026-11-27';

const planFor = (query: string) => {
  const {answers} = parseAnswers(new URLSearchParams(query));
  return {answers, facts: factsFrom(answers), plan: buildPlan(answers, TODAY, LIBRARIES.fr)};
};
const items = (plan: Plan) => plan.sections.flatMap((s) => s.items.map((item) => ({...item, section: s.id})));
const ids = (plan: Plan) => items(plan).map((i) => i.contentId);
const sectionOf = (plan: Plan, id: string) => items(plan).find((i) => i.contentId === id)?.section;
const entries = (plan: Plan) =>
  (Object.keys(LIBRARIES) as (keyof typeof LIBRARIES)[]).flatMap((locale) =>
    [...new Set(ids(plan))].map((id) => LIBRARIES[locale].get(id)).filter((entry): entry is ContentEntry => entry !== undefined),
  );
const SPACE = answerSpace().map((query) => ({query, ...planFor(query)}));
// Checks that read content only need each distinct plan once (many answers give the same steps).
const DISTINCT = [
  ...new Map(
    SPACE.map((row) => [`${row.facts.country}|${row.facts.province}|${row.facts.madeUnder18}|${row.facts.fake}|${ids(row.plan).join(',')}`, row]),
  ).values(),
];

describe('1. a route usable right away never waits for "if nothing happens after a month"', () => {
  it.each([
    ['Québec: the urgent court order', 'c=ca&r=qc&p=instagram&a=25&b=25&k=1&u=0', 'qc-court-order'],
    ['British Columbia: the Civil Resolution Tribunal order', 'c=ca&r=bc&p=website&a=28&b=29&k=4&u=0', 'bc-civil-resolution-tribunal'],
  ])('%s', (_name, query, id) => {
    expect(sectionOf(planFor(query).plan, id)).toBe('order');
  });

  it('holds for every answer: no content id placed in the fast-order section ever sits under escalate', () => {
    const fast = new Set(
      SPACE.flatMap(({plan}) =>
        items(plan)
          .filter((i) => i.section === 'order')
          .map((i) => i.contentId),
      ),
    );
    expect(fast.size).toBeGreaterThan(0);
    for (const {query, plan} of SPACE) {
      for (const item of items(plan)) if (item.section === 'escalate') expect(fast.has(item.contentId), `${query}: ${item.contentId}`).toBe(false);
    }
  });
});

describe('2. which age decides', () => {
  it('an adult whose image was made at 16 gets the services for images of minors, not the teen service', () => {
    const {plan} = planFor('c=ca&r=on&p=instagram&a=16&b=30&k=1&u=0');
    expect(ids(plan)).toEqual(expect.arrayContaining(['take-it-down', 'cybertip']));
    expect(ids(plan)).not.toContain('needhelpnow');
  });

  it('a 15-year-old in Canada gets the teen service', () => {
    expect(ids(planFor('c=ca&r=qc&p=snapchat&a=15&b=15&k=2&u=2').plan)).toContain('needhelpnow');
  });

  it("holds for every answer: young people's services follow the age now, minors' image services the age in the image", () => {
    for (const {query, facts, plan} of SPACE) {
      if (facts.nowUnder18 === 'no') expect(ids(plan), query).not.toContain('needhelpnow');
      if (facts.madeUnder18 === 'no')
        for (const id of ['take-it-down', 'cybertip', 'pharos', 'evidence-minor']) expect(ids(plan), query).not.toContain(id);
      if (facts.madeUnder18 !== 'no') expect(ids(plan), query).toContain('take-it-down');
    }
  });
});

describe("3. age in the image unknown: the minors' route first, StopNCII with its own reason", () => {
  it('holds for every answer', () => {
    for (const {query, facts, plan} of SPACE.filter(({facts}) => facts.madeUnder18 === 'unknown')) {
      const reupload = plan.sections.find((s) => s.id === 'reupload')!.items;
      expect(
        reupload.map((i) => i.contentId),
        query,
      ).toEqual(['take-it-down', 'stopncii']);
      expect(reupload[1]!.reasons, query).toEqual(['ifAdultInImage']);
      expect(facts.madeUnder18).toBe('unknown');
    }
  });
});

describe('4. the evidence rules for images made under 18 hold in every step', () => {
  const RECOMMENDS_SCREENSHOTS = /captures? (d'écran )?des messages|screenshots? of (the )?messages/i;
  // In sextortion the image is often inside the chat: a screenshot only where no intimate image shows.
  const MINORS_RULE =
    /aucune image intime n'(y )?appara|où (elle|l'image) appara|sans (l'|aucune )image|no intimate image (shows|appears)|where it (shows|appears)|without the image/i;
  it('every step shown to someone whose image may have been made under 18 that mentions screenshots states the rule: no screenshot where an intimate image shows', () => {
    const checked = new Set<string>();
    for (const {plan, facts} of DISTINCT) {
      if (facts.madeUnder18 === 'no') continue;
      for (const entry of entries(plan)) {
        if (checked.has(entry.file)) continue;
        checked.add(entry.file);
        if (RECOMMENDS_SCREENSHOTS.test(entry.markdown))
          expect(entry.markdown, `${entry.file} mentions screenshots without the under-18 rule`).toMatch(MINORS_RULE);
      }
    }
    expect(checked.size).toBeGreaterThan(20);
  });
});

describe('5. deepfakes: no step asks to pick the image on the device where it was taken', () => {
  it('holds for every plan of a fake image', () => {
    const WHERE_TAKEN = /appareil (d'origine|où (l'image|elle) a été prise)|(original device|device where (it|the image) was taken)/i;
    for (const {query, plan} of DISTINCT.filter(({facts}) => facts.fake)) {
      for (const entry of entries(plan)) expect(entry.markdown, `${query}: ${entry.file}`).not.toMatch(WHERE_TAKEN);
    }
  });

  it('the hash services say what to do with a fake image', () => {
    for (const library of Object.values(LIBRARIES)) {
      for (const id of ['stopncii', 'take-it-down']) expect(library.get(id)!.markdown).toMatch(/deepfake/i);
    }
  });
});

describe('6. the EU notice to a host is for everyone in the EU', () => {
  it('someone elsewhere is offered it, on the condition that they live in the EU', () => {
    const report = planFor('c=other&p=website&a=25&b=25&k=1&u=0').plan.sections.find((s) => s.id === 'report')!;
    expect(report.items.find((i) => i.contentId === 'host-notice')?.reasons).toEqual(['hostNoticeEu']);
  });
});

describe('7. search removal and everything else outside France never sends people to French bodies', () => {
  // Each step shown in each country, once: the same step comes back in many plans.
  const shownIn = new Map<string, {query: string; country: string; id: string}>();
  for (const {query, facts, plan} of DISTINCT)
    for (const id of ids(plan)) shownIn.set(`${facts.country ?? 'other'}|${id}`, {query, country: facts.country ?? 'other', id});

  it('holds for every answer: a plan outside France has no link to a French public body', () => {
    const FRENCH_BODY = /(^|\.)(gouv\.fr|cnil\.fr|pointdecontact\.net|3018\.fr)$/;
    const problems: string[] = [];
    for (const {query, country, id} of shownIn.values()) {
      if (country === 'fr') continue;
      for (const library of Object.values(LIBRARIES)) {
        const entry = library.get(id)!;
        for (const link of entry.links) if (FRENCH_BODY.test(new URL(link.url).hostname)) problems.push(`${query}: ${entry.file} → ${link.url}`);
        for (const phone of entry.phones) if (phone.country === 'fr') problems.push(`${query}: ${entry.file} → ${phone.number}`);
      }
    }
    expect(problems).toEqual([]);
    expect([...shownIn.values()].some(({country}) => country !== 'fr')).toBe(true);
  });

  it("holds for every answer: each step is written for the person's country (or for everyone)", () => {
    const problems: string[] = [];
    for (const {query, country, id} of shownIn.values())
      for (const library of Object.values(LIBRARIES)) {
        const entry = library.get(id)!;
        if (!entry.countries.some((c) => c === 'all' || c === country)) problems.push(`${query}: ${entry.file} is for ${entry.countries}`);
      }
    expect(problems).toEqual([]);
  });
});

describe("8. self-published content: the notice's legal ground fits the case", () => {
  it('asks for erasure on the withdrawal of consent, and names the law for re-uploads by others', () => {
    const keys = hostNoticeLines(planFor('c=fr&p=onlyfans&a=25&b=26&k=3').answers, '27 novembre 2026').map((l) => l.key);
    expect(keys).toContain('lawSelfPublished');
    expect(keys).not.toContain('lawIntimate');
  });
});

describe('9. every Canadian gets a body to alert that fits them', () => {
  it('holds for every answer in Canada, whatever the province', () => {
    for (const {query, plan} of SPACE.filter(({facts}) => facts.country === 'ca')) {
      expect(plan.sections.find((s) => s.id === 'alert')?.items.length ?? 0, query).toBeGreaterThan(0);
    }
  });

  it("outside Québec, no step leads with Québec's services", () => {
    for (const {query, plan} of DISTINCT.filter(({facts}) => facts.country === 'ca' && facts.province !== 'qc')) {
      expect(ids(plan), query).not.toContain('cavac');
      for (const entry of entries(plan)) expect(entry.links[0]?.url ?? '', `${query}: ${entry.file}`).not.toMatch(/cavac\.qc\.ca|teljeunes\.com/);
    }
  });
});

describe('10. elsewhere: dialable emergency numbers and a route for young people', () => {
  it('names 112, 911, 999 and 000, each with where it works', () => {
    for (const library of Object.values(LIBRARIES)) {
      const numbers = library.get('emergency-other')!.phones.map((p) => p.number);
      expect(numbers).toEqual(expect.arrayContaining(['112', '911', '999', '000']));
    }
  });

  it('someone under 18 now gets a route for young people', () => {
    expect(ids(planFor('c=other&p=instagram&a=15&b=15&k=2&u=2').plan)).toContain('support-other-young');
  });
});

describe('11. young people are never made to feel like offenders', () => {
  it('no step says keeping the image is itself an offence, or "even if she agreed"', () => {
    const ACCUSING = /en soi une infraction|is itself an offen[cs]e|même si elle était d'accord|even if (she|they|the person) agreed/i;
    for (const library of Object.values(LIBRARIES)) for (const entry of library.values()) expect(entry.markdown, entry.file).not.toMatch(ACCUSING);
  });

  it('the laws on images of minors say whom they target', () => {
    for (const library of Object.values(LIBRARIES)) {
      for (const id of ['law-fr', 'law-ca', 'evidence-minor'])
        expect(library.get(id)!.markdown, `${id}`).toMatch(/vise|visent|target|protéger|protect/i);
    }
  });
});

describe('a crisis line wherever there are threats or danger', () => {
  it('holds for every answer', () => {
    for (const {query, facts, plan} of SPACE.filter(({facts}) => facts.threatened || facts.danger)) {
      expect(
        ids(plan).some((id) => id.startsWith('crisis-')),
        query,
      ).toBe(true);
      expect(facts.threatened || facts.danger).toBe(true);
    }
  });

  it.each(['fr', 'ca'])('in %s, the crisis line is a number to call', (country) => {
    for (const library of Object.values(LIBRARIES)) expect(library.get(`crisis-${country}`)!.phones.some((p) => p.kind === 'call')).toBe(true);
  });
});

describe('a young person under threat in France is led to what fits their age', () => {
  it('the French sextortion step names the 3018 first', () => {
    for (const library of Object.values(LIBRARIES)) {
      const entry = library.get('sextortion-fr')!;
      expect(entry.phones[0]?.number).toBe('3018');
      expect(entry.markdown.indexOf('3018')).toBeLessThan(entry.markdown.indexOf('17Cyber'));
    }
  });
});

describe('a threat before anything is online', () => {
  it('leads with the threat steps and leaves out what only applies to published content', () => {
    const {plan} = planFor('c=fr&p=not-online&a=15&b=15&k=2&u=2');
    expect(plan.sections[0]!.id).toBe('threats');
    expect(ids(plan)).toEqual(expect.arrayContaining(['sextortion', 'sextortion-fr', 'platform-not-online', 'take-it-down']));
    for (const id of ['host-notice', 'cnil-complaint', 'search-removal', 'pharos', 'point-de-contact']) expect(ids(plan)).not.toContain(id);
  });

  it('holds for every answer: no host notice, escalation or search removal while nothing is online', () => {
    for (const {query, plan} of SPACE.filter(({facts}) => facts.notOnline)) {
      expect(
        plan.sections.map((s) => s.id),
        query,
      ).not.toContain('escalate');
      expect(
        plan.sections.map((s) => s.id),
        query,
      ).not.toContain('search');
      expect(ids(plan), query).not.toContain('host-notice');
      expect(ids(plan), query).toContain('platform-not-online');
    }
    expect(SPACE.some(({facts}) => facts.notOnline)).toBe(true);
  });
});

describe('filling in for someone else', () => {
  it.each([
    ['a parent', 'w=2&c=fr&p=snapchat&a=13&b=13&k=2&u=2', 'helper-parent'],
    ['a support worker', 'w=3&c=ca&r=qc&p=instagram&a=19&b=20&k=1&u=0', 'helper-worker'],
  ])("%s gets the helper's advice first", (_name, query, id) => {
    const {plan} = planFor(query);
    expect(plan.sections[0]).toMatchObject({id: 'helper', items: [{contentId: id}]});
  });

  it('the person themselves gets no helper step', () => {
    expect(ids(planFor('c=fr&p=snapchat&a=13&b=13&k=2&u=2').plan)).not.toEqual(expect.arrayContaining(['helper-parent']));
    expect(ids(planFor('w=1&c=fr&p=snapchat&a=13&b=13&k=2&u=2').plan).some((id) => id.startsWith('helper-'))).toBe(false);
  });
});

describe('each place names its own emergency number and bodies', () => {
  const PLACE_COUNTRIES = COUNTRIES.filter((country) => country !== 'other');
  it.each(PLACE_COUNTRIES)("%s: the emergency step dials that country's numbers, and its crisis line is there when threatened", (country) => {
    const {plan, facts} = planFor(`c=${country}&p=instagram&a=30&b=30&k=1&u=1&u=2`);
    const routes = routesFor(facts);
    expect(ids(plan)).toEqual(expect.arrayContaining([routes.emergency, routes.crisis]));
    expect(ids(plan)).not.toContain('emergency-other');
    const safety = plan.sections.find((section) => section.id === 'safety')!.items.find((item) => item.contentId === routes.emergency)!;
    for (const library of Object.values(LIBRARIES)) {
      const phones = library.get(routes.emergency)!.phones;
      expect(
        phones.map((p) => p.country).every((c) => c === country),
        `${country}: ${phones.map((p) => `${p.number}/${p.country}`)}`,
      ).toBe(true);
      expect(phones.find((p) => safety.tap?.kind === 'phone' && p.number === safety.tap.number)?.line).toBe('emergency');
    }
  });

  it('in the United States, 911 (never 112 alone)', () => {
    for (const library of Object.values(LIBRARIES)) expect(library.get('emergency-us')!.phones.map((p) => p.number)).toContain('911');
  });

  it('has a row for every country of the answers, "elsewhere" included', () => {
    expect(Object.keys(PLACES).sort()).toEqual([...COUNTRIES].sort());
  });
});
