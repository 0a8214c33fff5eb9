// What must hold for every person, checked over the whole answer space (tests/answer-space.ts: every place,
// voice and age class, every situation, consent and platform class) with the real content library and messages.
// Each invariant names a class of error an independent check found (audit of 2026-12-06); the named rows below
// each invariant are those cases.
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {createTranslator} from 'use-intl/core';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {parseAnswers} from '@/lib/answers/parse-answers';
import type {Answers} from '@/lib/answers/schema';
import {loadContentLibrary, type ContentEntry} from '@/lib/content/load-content';
import {stepWords} from '@/lib/content/voice';
import {buildPlan, type Plan, type PlanItem} from '@/lib/plan/build-plan';
import {entryServes, serves, type Serves, type Target} from '@/lib/plan/eligibility';
import {factsFrom, type Facts} from '@/lib/plan/facts';
import {nowActions, type NowAction} from '@/lib/plan/now';
import {PLACES, placeContentIds, routesFor} from '@/lib/plan/places';
import {COUNTRIES, PROVINCES} from '@/lib/answers/schema';
import {NOTICE_NAMESPACES, noticeLines, noticesFor, noticeServes} from '@/lib/report/notices';
import {reportTextLines, type TextLine} from '@/lib/report/report-text';
import {answerSpace} from '../../answer-space';
import {SPEAKS_TO_THE_PERSON} from '../../voice-markers';

// Each check below reads the whole answer space: a budget of its own, that holds on a busy machine.
vi.setConfig({testTimeout: 120_000});

const LOCALES = ['fr', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const MESSAGES = {fr, en};
const LIBRARIES = {fr: loadContentLibrary(join(process.cwd(), 'content'), 'fr'), en: loadContentLibrary(join(process.cwd(), 'content'), 'en')};
const CATALOGUE = LIBRARIES.fr;
const TODAY = '2026-12-06';

type Case = {query: string; answers: Answers; facts: Facts; plan: Plan; now: NowAction[]};
const caseFor = (query: string): Case => {
  const {answers} = parseAnswers(new URLSearchParams(query));
  const facts = factsFrom(answers);
  return {query, answers, facts, plan: buildPlan(answers, TODAY, CATALOGUE), now: nowActions(facts, CATALOGUE)};
};

// Many links give the same answers; each distinct set of answers is checked once.
const SPACE: Case[] = (() => {
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (const query of answerSpace()) {
    const {answers} = parseAnswers(new URLSearchParams(query));
    const key = JSON.stringify(answers);
    if (seen.has(key)) continue;
    seen.add(key);
    cases.push(caseFor(query));
  }
  return cases;
})();

const items = (plan: Plan) => plan.sections.flatMap((section) => section.items.map((item) => ({...item, section: section.id})));
const ids = (plan: Plan) => items(plan).map((item) => item.contentId);
const entry = (id: string) => CATALOGUE.get(id)!;
/** The phone or link a tap goes to, with whom it serves. */
const targetOf = (contentId: string, target: Target) => {
  const content = entry(contentId);
  return target.kind === 'phone'
    ? content.phones.find((phone) => phone.number === target.number && (phone.kind === 'sms') === target.sms)!
    : content.links.find((link) => link.id === target.id)!;
};
const contactTaps = (c: Case): {contentId: string; target: Target}[] => [
  ...items(c.plan).flatMap((item) => (item.tap ? [{contentId: item.contentId, target: item.tap}] : [])),
  ...c.now.flatMap((action) => (action.tap.kind === 'contact' ? [{contentId: action.tap.contentId, target: action.tap.target}] : [])),
];
const taps = (c: Case, item: PlanItem) => (item.tap ? targetOf(item.contentId, item.tap) : undefined);
const failures = (check: (c: Case) => string | undefined, cases: readonly Case[] = SPACE): string[] =>
  cases.flatMap((c) => {
    const problem = check(c);
    return problem ? [`${c.query}: ${problem}`] : [];
  });
const expectNone = (found: string[]) => expect(found.slice(0, 10), `${found.length} cases`).toEqual([]);

describe('the answer space', () => {
  it('covers every place, voice and age class', () => {
    expect(SPACE.length).toBeGreaterThan(10_000);
    expect(new Set(SPACE.map((c) => `${c.facts.country}|${c.facts.province}`)).size).toBeGreaterThanOrEqual(24);
    expect(new Set(SPACE.map((c) => c.facts.helper)).size).toBe(3);
    // The copyright notice, in every voice: the letters' invariants read it too.
    expect(new Set(SPACE.filter((c) => noticesFor(c.facts).includes('copyright')).map((c) => c.facts.helper)).size).toBe(3);
  });
});

describe('1. no item, action or tap outside its eligibility', () => {
  it('holds for every answer: every step, every "right now" action and every tap serves the person', () => {
    expectNone(
      failures((c) => {
        for (const item of items(c.plan)) if (!entryServes(entry(item.contentId), c.facts)) return `${item.contentId} does not serve them`;
        for (const action of c.now)
          if (action.tap.kind === 'contact' && !entryServes(entry(action.tap.contentId), c.facts)) return `now: ${action.tap.contentId}`;
        for (const {contentId, target} of contactTaps(c))
          if (!serves(targetOf(contentId, target), c.facts)) return `tap ${contentId} → ${JSON.stringify(target)}`;
        for (const kind of noticesFor(c.facts)) if (!noticeServes(kind, c.facts)) return `letter ${kind}`;
        return undefined;
      }),
    );
  });

  it.each([
    ['UK, 24 now, image made at 16: no Report Remove; the IWF instead', 'c=gb&p=reddit&a=16&b=24&k=2', 'report-remove', 'iwf-report'],
    ['UK, 30 now, age in the image not given: no Report Remove', 'c=gb&p=x&a=&b=30&k=4&u=3', 'report-remove', undefined],
    ['Nunavut, image made at 22: no Cybertip.ca', 'c=ca&r=nu&p=facebook&a=22&b=22&k=1&u=1', 'cybertip', undefined],
  ])('%s', (_name, query, never, instead) => {
    const c = caseFor(query);
    expect(ids(c.plan)).not.toContain(never);
    expect(contactTaps(c).map((tap) => tap.contentId)).not.toContain(never);
    for (const item of items(c.plan)) expect(JSON.stringify(item.tap ?? {}), item.contentId).not.toContain('18666589022');
    if (instead) expect(ids(c.plan)).toContain(instead);
  });
});

describe('2. in danger, the first tap is an emergency number that exists where the person lives', () => {
  it('holds for every answer', () => {
    expectNone(
      failures(
        (c) => {
          const first = c.now[0];
          if (!first || first.kind !== 'emergency' || first.tap.kind !== 'contact' || first.tap.target.kind !== 'phone')
            return `first action ${first?.id}`;
          const {contentId, target} = first.tap;
          const phone = targetOf(contentId, target) as ContentEntry['phones'][number];
          if (phone.line !== 'emergency') return `${phone.number} is a ${phone.line} line`;
          if (!serves(phone, c.facts)) return `${phone.number} does not work there`;
          const country = c.facts.country ?? 'other';
          if (country !== 'other' && phone.country !== country && !(phone.country === 'eu' && ['fr', 'be', 'lu'].includes(country)))
            return `${phone.number} is a number of ${phone.country}`;
          // The step that explains it taps the same number: one rule, said once.
          const safety = items(c.plan).find((item) => item.contentId === contentId);
          if (!safety?.tap || JSON.stringify(safety.tap) !== JSON.stringify(target)) return `the safety step taps ${JSON.stringify(safety?.tap)}`;
          return undefined;
        },
        SPACE.filter((c) => c.facts.danger),
      ),
    );
  });

  it.each([
    ['Nunavut: never 9-1-1', 'c=ca&r=nu&p=instagram&a=30&b=30&k=1&u=1', undefined, '911'],
    ['Luxembourg: the police, 113, in "right now" and in the step', 'c=lu&p=snapchat&a=13&b=13&k=2&u=1&u=2', '113', undefined],
    ['Belgium: the police, 101, in "right now" and in the step', 'c=be&p=instagram&a=30&b=30&k=1&u=1', '101', undefined],
  ])('%s', (_name, query, number, never) => {
    const c = caseFor(query);
    const first = c.now[0]!;
    expect(first.kind).toBe('emergency');
    const target = first.tap.kind === 'contact' ? first.tap.target : undefined;
    expect(target?.kind).toBe('phone');
    if (number) expect(target).toMatchObject({number});
    if (never) for (const tap of contactTaps(c)) expect(tap.target).not.toMatchObject({number: never});
  });
});

describe('3. the crisis line fits the age now', () => {
  it('holds for every answer with threats or danger: a crisis line is there, and its tap serves the person', () => {
    expectNone(
      failures(
        (c) => {
          const crisis = items(c.plan).find((item) => item.contentId === routesFor(c.facts).crisis);
          if (!crisis) return 'no crisis line';
          const tap = taps(c, crisis);
          // Elsewhere, no one number works everywhere: a directory of the lines of every country.
          if (!tap || (!('line' in tap) && routesFor(c.facts) !== PLACES.other)) return `${crisis.contentId} taps no number`;
          if (!serves(tap, c.facts)) return `${crisis.contentId}'s tap does not serve a person of ${c.facts.ageNow}`;
          return undefined;
        },
        SPACE.filter((c) => c.facts.danger || c.facts.threatened),
      ),
    );
  });

  it.each([
    ['Luxembourg, 13: the youth line', 'c=lu&p=snapchat&a=13&b=13&k=2&u=1&u=2', '116111'],
    ['Switzerland, 15: 147, not 143', 'c=ch&p=instagram&a=15&b=15&k=2&u=1', '147'],
  ])('%s', (_name, query, number) => {
    const c = caseFor(query);
    const crisis = items(c.plan).find((item) => item.contentId === routesFor(c.facts).crisis)!;
    expect(crisis.tap).toMatchObject({kind: 'phone', number});
  });
});

describe('4. services for people under 18 now, only for people under 18 now', () => {
  it('holds for every answer', () => {
    const youthOnly = (serving: {serves?: {ageNow?: {max?: number}}}) => (serving.serves?.ageNow?.max ?? 200) < 18;
    expectNone(
      failures(
        (c) => {
          for (const item of items(c.plan)) if (youthOnly(entry(item.contentId))) return item.contentId;
          for (const {contentId, target} of contactTaps(c)) if (youthOnly(targetOf(contentId, target))) return `tap ${contentId}`;
          return undefined;
        },
        SPACE.filter((c) => c.facts.nowUnder18 === 'no'),
      ),
    );
  });

  it('the services for young people say so in their data', () => {
    for (const id of ['report-remove', 'needhelpnow', ...[...CATALOGUE.keys()].filter((key) => key.endsWith('-young'))])
      expect(entry(id).serves?.ageNow?.max, id).toBeLessThan(26);
  });
});

describe('5. nothing that needs a page address while nothing is online', () => {
  it('holds for every answer', () => {
    const needsPage = (serving: {serves?: {published?: boolean}}) => serving.serves?.published === true;
    expectNone(
      failures(
        (c) => {
          for (const item of items(c.plan)) if (needsPage(entry(item.contentId))) return item.contentId;
          for (const {contentId, target} of contactTaps(c))
            if (needsPage(targetOf(contentId, target))) return `tap ${contentId} → ${JSON.stringify(target)}`;
          if (noticesFor(c.facts).length > 0) return 'a letter';
          return undefined;
        },
        SPACE.filter((c) => c.facts.notOnline),
      ),
    );
  });

  it('the services that act on a page say so in their data', () => {
    for (const id of ['report-remove', 'iwf-report', 'pharos', 'point-de-contact', 'inhope', 'host-notice', 'search-removal', 'cnil-complaint'])
      expect(entry(id).serves?.published, id).toBe(true);
    for (const id of CATALOGUE.keys()) if (id.startsWith('escalate-')) expect(entry(id).serves?.published, id).toBe(true);
  });

  it.each([
    ['Switzerland, threatened, nothing online', 'c=ch&p=not-online&a=&b=&k=2&u=2', 'clickandstop'],
    ['UK, a child threatened, nothing online', 'w=2&c=gb&p=not-online&a=14&b=14&k=2&u=2', 'report-remove'],
  ])('%s: %s never taps a report of a page', (_name, query, id) => {
    const c = caseFor(query);
    for (const tap of contactTaps(c).filter((each) => each.contentId === id)) {
      const target = targetOf(id, tap.target);
      expect(target.serves?.published, JSON.stringify(tap.target)).not.toBe(true);
      if (tap.target.kind === 'link') expect((target as {label: string}).label).not.toMatch(/signaler|report|melden/i);
    }
    expect(ids(c.plan).filter((found) => found === id && entry(found).serves?.published)).toEqual([]);
  });
});

describe('6. evidence comes before any report', () => {
  it('holds for every answer: in "right now", an evidence action comes before the first report', () => {
    expectNone(
      failures((c) => {
        const report = c.now.findIndex((action) => action.kind === 'report');
        if (report === -1) return undefined;
        const evidence = c.now.findIndex((action) => action.kind === 'evidence');
        return evidence === -1 || evidence > report ? `now: ${c.now.map((a) => a.id).join(', ')}` : undefined;
      }),
    );
  });

  it('holds for every answer: the evidence step comes before the report step', () => {
    expectNone(
      failures((c) => {
        const sections = c.plan.sections.map((s) => s.id);
        return sections.includes('report') && sections.includes('evidence') && sections.indexOf('evidence') > sections.indexOf('report')
          ? 'order'
          : undefined;
      }),
    );
  });

  it('an adult with an image online: keep evidence, then report', () => {
    expect(
      caseFor('c=ca&r=on&p=adult-site&p=search-engine&a=25&b=26&k=1&u=3')
        .now.map((a) => a.kind)
        .slice(0, 2),
    ).toEqual(['evidence', 'report']);
  });
});

// What each line of a letter or a report text asserts about the person: it may only be written where its
// test on their answers holds. Lines asserting nothing ("[if …]", blanks, the law's requirements) are absent.
const FIRST_PERSON = (a: Answers) => a.who === undefined || a.who === 'me';
const LINE_ASSERTS: [RegExp, (a: Answers) => boolean][] = [
  [/Their$|Their\./, (a) => !FIRST_PERSON(a)],
  [/^(identityParent|senderParent)$/, (a) => a.who === 'child'],
  [/^(identityAuthorised|senderAuthorised)$/, (a) => a.who === 'supported'],
  [/^(identity|senderSelf)$/, FIRST_PERSON],
  [/^(agesBoth|ageMadeOnly|ageNowOnly|agesPlaceholder|minor|law[A-Z][A-Za-z]*(?<!Their)|gdpr|groundConsentWithdrawn)$/, FIRST_PERSON],
  [/^consent\./, FIRST_PERSON],
  [/^agesBoth/, (a) => a.ageMade !== undefined && a.ageNow !== undefined],
  [/^ageMadeOnly/, (a) => a.ageMade !== undefined],
  [/^ageNowOnly/, (a) => a.ageNow !== undefined],
  [/^(minor|lawMinor|lawMinorEu)(Their)?$|^(groundMinor|groundMinorFrance|groundChildUk)$/, (a) => factsFrom(a).madeUnder18 === 'yes'],
  [/^consent(Their)?\.never-agreed$/, (a) => a.consent === 'never-agreed'],
  [/^consent(Their)?\.sent-privately$/, (a) => a.consent === 'sent-privately'],
  [/^consent(Their)?\.self-published$|^lawSelfPublished|^groundConsentWithdrawn/, (a) => a.consent === 'self-published'],
  [/^consent(Their)?\.fake$|^forgery$|^lawDeepfake/, (a) => a.consent === 'fake'],
  // Copyright: only the maker of the image holds it, and only they (or someone acting for them) say so.
  [/^(ownerSelf|work|workDerived|copyrightFr|copyrightEu)$/, FIRST_PERSON],
  [/^ownerParent$/, (a) => a.who === 'child'],
  [/^ownerAuthorised$/, (a) => a.who === 'supported'],
  [/^(ownerSelf|ownerParent|ownerAuthorised|work|workDerived|copyrightFr|copyrightEu)(Their)?$/, (a) => a.madeBy === 'self'],
  [/^workDerived/, (a) => a.consent === 'fake'],
];
// In a letter under the TAKE IT DOWN Act, consent is never "withdrawn": the Act knows only publication without consent.
const TAKE_IT_DOWN_NEVER = /withdraw|retire mon accord|retire son accord/i;

const lettersOf = (c: Case): {name: string; lines: TextLine[]}[] => [
  ...noticesFor(c.facts).map((kind) => ({name: kind, lines: noticeLines(kind, c.answers, '6 December 2026')})),
  {name: 'report text', lines: reportTextLines(c.answers, 'Policy')},
];
const translators = new Map<string, ReturnType<typeof createTranslator>>();
const rendered = new Map<string, string[]>();
/** A letter as it reads in a locale; the same lines are rendered once. */
const render = (locale: Locale, name: string, lines: TextLine[]): string[] => {
  const key = `${locale}|${name}|${JSON.stringify(lines)}`;
  const known = rendered.get(key);
  if (known) return known;
  const namespace = name === 'report text' ? 'ReportText' : NOTICE_NAMESPACES[name as keyof typeof NOTICE_NAMESPACES];
  const translator =
    translators.get(`${locale}|${namespace}`) ?? createTranslator({locale, messages: MESSAGES[locale], namespace: namespace as never});
  translators.set(`${locale}|${namespace}`, translator);
  const text = lines.map((line) => (translator as (key: never, values?: never) => string)(line.key as never, line.values as never));
  rendered.set(key, text);
  return text;
};

describe('7. a letter asserts only what the person said', () => {
  it('holds for every answer: every line is backed by the answers', () => {
    expectNone(
      failures((c) => {
        for (const {name, lines} of lettersOf(c))
          for (const line of lines)
            for (const [pattern, holds] of LINE_ASSERTS) if (pattern.test(line.key) && !holds(c.answers)) return `${name}: "${line.key}"`;
        return undefined;
      }),
    );
  });

  it.each(LOCALES)(
    '%s, for every answer: an unanswered age is never written as "under 18", and a TAKE IT DOWN request never withdraws consent',
    (locale) => {
      const UNDER_18 = locale === 'fr' ? /moins de 18 ans|mineure?|enfant/i : /under 18|a minor|a child\b/i;
      expectNone(
        failures(
          (c) => {
            for (const {name, lines} of lettersOf(c)) {
              const text = render(locale, name, lines);
              if (name === 'take-it-down' && text.some((sentence) => TAKE_IT_DOWN_NEVER.test(sentence))) return `${name} withdraws consent`;
              if (factsFrom(c.answers).madeUnder18 !== 'yes')
                for (const sentence of text) if (UNDER_18.test(sentence) && !/^[[(]/.test(sentence)) return `${name}: "${sentence}"`;
            }
            return undefined;
          },
          SPACE.filter((c) => c.facts.helper !== 'parent' || c.facts.country === 'us').slice(0, 40_000),
        ),
      );
    },
  );

  it.each(LOCALES)('%s: the letters say what the law requires in its own words', (locale) => {
    const fake = render(locale, 'take-it-down', noticeLines('take-it-down', caseFor('c=us&p=x&a=30&b=30&k=4').answers, 'd')).join('\n');
    expect(fake).toMatch(locale === 'fr' ? /ne se distingue pas d'une image authentique/ : /indistinguishable from an authentic/);
    const complaint = render(locale, 'platform-complaint', noticeLines('platform-complaint', caseFor('c=fr&p=x&a=30&b=30&k=1').answers, 'd')).join(
      '\n',
    );
    expect(complaint).toMatch(locale === 'fr' ? /à tout moment/ : /at any time/);
    const erasure = render(locale, 'erasure', noticeLines('erasure', caseFor('c=fr&p=x&k=2').answers, 'd')).join('\n');
    expect(erasure).toMatch(locale === 'fr' ? /service en ligne/ : /online service/);
  });
});

describe('8. where a parent or a supporter fills in, nothing speaks to the person as the reader', () => {
  it.each(LOCALES)('%s, for every answer given by a parent or a supporter: titles, summaries, reasons, "right now" and letters', (locale) => {
    const t = createTranslator({locale, messages: MESSAGES[locale]}) as unknown as (key: string, values?: object) => string;
    const library = LIBRARIES[locale];
    const marker = SPEAKS_TO_THE_PERSON[locale];
    const FIRST_PERSON_LETTER =
      locale === 'fr'
        ? /\b(je n'ai jamais|je ne l'ai pas|j'avais|je l'avais|me représentant|mon accord)\b/i
        : /\b(I never|I did not|I was|I had sent|I published|showing me|my consent)\b/i;
    // Each distinct text is read once: the same step, reason or letter comes back in many plans.
    const verdicts = new Map<string, string | undefined>();
    const once = (key: string, check: () => string | undefined) => {
      if (!verdicts.has(key)) verdicts.set(key, check());
      return verdicts.get(key);
    };
    const spoken = (text: string) => marker.exec(text)?.[0];
    expectNone(
      failures(
        (c) => {
          const who = c.answers.who!;
          const words = {who, place: 'X', platform: 'X'};
          for (const section of c.plan.sections) {
            const found = once(`section|${who}|${section.id}`, () => spoken(t(`Plan.sections.${section.id}`, words)));
            if (found) return `section ${section.id}: "${found}"`;
          }
          for (const item of items(c.plan)) {
            const found =
              once(`step|${who}|${item.contentId}`, () => {
                const {title, summary} = stepWords(library.get(item.contentId)!, who);
                return spoken(`${title}\n${summary ?? ''}`);
              }) ?? item.reasons.map((reason) => once(`reason|${who}|${reason}`, () => spoken(t(`Reasons.${reason}`, words)))).find(Boolean);
            if (found) return `${item.contentId}: "${found}"`;
          }
          for (const action of c.now) {
            const found = once(`now|${who}|${action.id}|${action.because}`, () =>
              spoken(`${t(`Now.${action.id}.text`, words)} ${t(`Reasons.${action.because}`, words)}`),
            );
            if (found) return `now ${action.id}: "${found}"`;
          }
          for (const {name, lines} of lettersOf(c)) {
            const found = once(`letter|${name}|${JSON.stringify(lines)}`, () =>
              render(locale, name, lines).find((sentence) => FIRST_PERSON_LETTER.test(sentence) && !/^[[(]/.test(sentence)),
            );
            if (found) return `${name}: "${found}"`;
          }
          return undefined;
        },
        SPACE.filter((c) => c.facts.helper !== undefined),
      ),
    );
  });

  it('a parent in the US asks TAKE IT DOWN about the depicted person, not in the first person', () => {
    const lines = render('en', 'take-it-down', noticeLines('take-it-down', caseFor('w=2&c=us&p=instagram&a=15&b=15&k=4&u=2').answers, 'd')).join(
      '\n',
    );
    expect(lines).toMatch(/The person never agreed/);
    expect(lines).not.toMatch(/I never agreed/);
  });
});

describe('9. every place has its whole row', () => {
  it('every content id a place or province names exists in every locale and serves someone there', () => {
    const problems: string[] = [];
    for (const country of COUNTRIES)
      for (const province of country === 'ca' ? [undefined, ...PROVINCES] : [undefined]) {
        const facts = factsFrom({platforms: [], situation: [], country, ...(province ? {province} : {})});
        const place = province ? `${country}-${province}` : country;
        for (const id of placeContentIds(routesFor(facts))) {
          for (const locale of LOCALES) if (!LIBRARIES[locale].has(id)) problems.push(`${place} names ${id}, which content/${locale} does not have`);
          const content = CATALOGUE.get(id);
          if (content && !entryServes(content, facts)) problems.push(`${place} names ${id}, which does not serve anyone there`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('holds for every place: its emergency step has an emergency number there, its crisis step a line for every age, every id it names exists and serves it', () => {
    const problems: string[] = [];
    for (const c of SPACE.filter((each) => each.facts.ageNow === undefined && each.facts.ageMade === undefined && each.facts.helper === undefined)) {
      const routes = routesFor(c.facts);
      const emergency = entry(routes.emergency);
      if (!emergency.phones.some((phone) => phone.line === 'emergency' && serves(phone, c.facts)))
        problems.push(`${c.query}: no emergency number in ${routes.emergency}`);
      const crisis = entry(routes.crisis);
      const lines: {serves?: Serves}[] = [
        ...crisis.phones.filter((phone) => phone.line === 'crisis'),
        // Elsewhere, a directory of every country's lines.
        ...(routes === PLACES.other ? crisis.links : []),
      ];
      for (let age = 5; age <= 120; age += 1)
        if (!lines.some((line) => serves(line, {...c.facts, ageNow: age, ageMade: undefined})))
          problems.push(`${c.query}: ${routes.crisis} has no line for a person of ${age}`);
    }
    expect([...new Set(problems)].slice(0, 10)).toEqual([]);
  });
});

describe('10. the police outside an emergency, and the reasons, say what fits', () => {
  it('holds for every answer: only the safety step taps an emergency number', () => {
    expectNone(
      failures((c) => {
        for (const item of items(c.plan)) {
          const tap = taps(c, item);
          if (item.section !== 'safety' && tap && 'line' in tap && tap.line === 'emergency') return `${item.contentId} taps ${tap.number}`;
        }
        return undefined;
      }),
    );
  });

  it('holds for every answer: a reason never says "maybe under 18" once the ages say', () => {
    expectNone(
      failures((c) => {
        if (c.facts.madeUnder18 === 'unknown') return undefined;
        const reasons = [...items(c.plan).flatMap((item) => item.reasons), ...c.now.map((action) => action.because)];
        return reasons.includes('madeUnder18OrUnknown') || reasons.includes('ageMadeUnknown') ? reasons.join(', ') : undefined;
      }),
    );
  });
});

describe('11. content the person posted themselves', () => {
  const NEVER_AGREED = {fr: /jamais accepté|jamais donné (votre|son) accord/i, en: /never agreed|never gave (your|their) consent/i};
  it.each(LOCALES)('%s, for every answer: their own posts come first, and no step makes them say they never agreed', (locale) => {
    const verdicts = new Map<string, string | undefined>();
    expectNone(
      failures(
        (c) => {
          const report = c.plan.sections.find((section) => section.id === 'report');
          if (report && c.facts.platforms.some((p) => p !== 'unknown') && report.items[0]?.contentId !== 'own-posts')
            return 'own posts are not first';
          for (const item of items(c.plan)) {
            const key = `${item.contentId}|${c.answers.who}`;
            if (!verdicts.has(key)) {
              const {title, summary} = stepWords(LIBRARIES[locale].get(item.contentId)!, c.answers.who);
              verdicts.set(key, NEVER_AGREED[locale].exec(`${title} ${summary ?? ''}`)?.[0]);
            }
            if (verdicts.get(key)) return `${item.contentId}: "${verdicts.get(key)}"`;
          }
          return undefined;
        },
        SPACE.filter((c) => c.answers.consent === 'self-published' && !c.facts.notOnline),
      ),
    );
  });
});

describe('12. named cases of the fact-check', () => {
  it('an adult site: the one tap is not one named site', () => {
    for (const query of ['c=ca&r=on&p=adult-site&p=search-engine&a=25&b=26&k=1&u=3', 'c=fr&p=adult-site&a=16&b=16&k=2']) {
      const c = caseFor(query);
      for (const {contentId, target} of contactTaps(c))
        if (contentId === 'platform-adult-site' && target.kind === 'link')
          expect(entry(contentId).links.find((link) => link.id === target.id)!.url).not.toMatch(/pornhub|xvideos|xhamster|aylo/i);
    }
  });

  it('elsewhere, the "talk to someone" step taps no single country\'s line', () => {
    for (const query of ['c=other&p=x&a=30&b=30&k=1&u=0', 'c=other&p=x&a=15&b=15&k=2&u=2']) {
      const c = caseFor(query);
      for (const item of items(c.plan).filter((each) => each.section === 'support'))
        expect(item.tap?.kind, `${query}: ${item.contentId}`).not.toBe('phone');
    }
  });

  it('a 17-year-old blackmailed in Canada reaches Cybertip.ca, never the Anti-Fraud Centre', () => {
    const c = caseFor('w=3&c=ca&r=qc&p=instagram&a=17&b=17&k=1&u=2');
    for (const tap of contactTaps(c)) expect(JSON.stringify(tap.target)).not.toContain('18884958501');
  });

  it('the French law step taps a page right for every case, not the article on deepfakes', () => {
    const c = caseFor('c=fr&p=snapchat&a=14&b=14&k=2&u=2');
    const law = items(c.plan).find((item) => item.contentId === 'law-fr')!;
    const link = law.tap?.kind === 'link' ? entry('law-fr').links.find((each) => each.id === (law.tap as {id: string}).id) : undefined;
    expect(`${link?.label ?? ''} ${link?.url ?? ''}`).not.toMatch(/226-8-1|LEGIARTI000049567458|deepfake|hypertrucage/i);
  });
});
