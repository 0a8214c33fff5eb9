// The copyright notice for an image the person made (17 U.S.C. § 512(c)(3)): who is offered it, its six elements in
// both locales, and the plans around it: one's own posts first (k=3), the tool behind a fake (k=4).
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createTranslator} from 'use-intl/core';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {questionsFor} from '@/lib/answers/questions';
import {factsFrom} from '@/lib/plan/facts';
import {rulesFor} from '@/lib/plan/rules';
import {buildPlan} from '@/lib/plan/build-plan';
import {loadContentLibrary} from '@/lib/content/load-content';
import {noticeLines, noticesFor} from '@/lib/report/notices';
import {reportTextLines} from '@/lib/report/report-text';
import {MESSAGES, answers, renderNotice as render} from './read-notice';

const CATALOGUES = {fr: loadContentLibrary(join(process.cwd(), 'content'), 'fr'), en: loadContentLibrary(join(process.cwd(), 'content'), 'en')};

const CASES = {
  // An adult in the US whose own selfie was posted on X.
  ownSelfieUs: 'c=us&p=x&a=24&b=25&k=2&u=3&m=1',
  // An adult in the UK who posted a video herself, re-uploaded on Reddit by someone else.
  ownPostUk: 'c=gb&p=reddit&a=22&b=23&k=3&u=3&m=1',
  // A deepfake in France, made from a photo the person took.
  deepfakeFr: 'c=fr&p=instagram&a=30&b=30&k=4&u=3&m=1',
  // A parent filing for their child, now 20, who filmed the video at 19.
  parentUs: 'w=2&c=us&p=x&a=19&b=20&k=1&u=3&m=1',
  // A parent filing for a 15-year-old: never a copyright notice (the routes for minors come first).
  parentMinorFr: 'w=2&c=fr&p=snapchat&a=15&b=15&k=1&u=3&m=1',
} as const;

/** 17 U.S.C. § 512(c)(3)(A)(i)–(vi), as each locale words them. */
const ELEMENTS = {
  en: [
    /Signature: \/s\//,
    /The work: /,
    /infringing material, and where it is: \[paste the exact link/,
    /Contact details: /,
    /good faith belief/,
    /under penalty of perjury/,
  ],
  fr: [
    /Signature : \/s\//,
    /L'œuvre : /,
    /où il se trouve : \[collez ici le lien exact/,
    /Coordonnées : /,
    /conviction de bonne foi/,
    /sous peine de parjure/,
  ],
} as const;

describe('who is offered a copyright notice', () => {
  it.each([
    ['ownSelfieUs', true],
    ['ownPostUk', true],
    ['deepfakeFr', true],
    ['parentUs', true],
    ['parentMinorFr', false],
  ] as const)('%s: %s', (name, offered) => {
    expect(noticesFor(factsFrom(answers(CASES[name]))).includes('copyright')).toBe(offered);
  });

  it('comes first among the letters, before the ones with a clock', () => {
    expect(noticesFor(factsFrom(answers(CASES.ownSelfieUs)))).toEqual(['copyright', 'take-it-down']);
    expect(noticesFor(factsFrom(answers(CASES.deepfakeFr)))[0]).toBe('copyright');
  });

  it('never when someone else took it, when it is not known, or when nothing is online', () => {
    for (const query of [
      'c=us&p=x&a=24&b=25&k=2&m=2',
      'c=us&p=x&a=24&b=25&k=2&m=0',
      'c=us&p=x&a=24&b=25&k=2',
      'c=us&p=not-online&a=24&b=25&k=2&m=1',
    ]) {
      expect(noticesFor(factsFrom(answers(query))), query).not.toContain('copyright');
    }
  });

  it('is asked only where it changes the route: an image online, made at 18 or over', () => {
    const asked = (query: string) => questionsFor(answers(query)).includes('madeBy');
    expect(asked('c=us&p=x&a=24&b=25')).toBe(true);
    expect(asked('c=us&p=x&a=16&b=25')).toBe(false);
    expect(asked('c=us&p=x&b=25')).toBe(false);
    expect(asked('c=us&p=not-online&a=24&b=25')).toBe(false);
  });
});

describe('the letter has the six elements of 17 U.S.C. § 512(c)(3), in both locales', () => {
  for (const locale of ['fr', 'en'] as const)
    it.each(Object.keys(CASES).filter((name) => name !== 'parentMinorFr'))(`${locale}: %s`, (name) => {
      const text = render('copyright', CASES[name as keyof typeof CASES], locale);
      for (const element of ELEMENTS[locale]) expect(text).toMatch(element);
      expect(text).not.toMatch(/\{|\}|undefined/);
    });

  it('says who sends it: the owner, a parent acting for them, or someone authorised', () => {
    expect(render('copyright', CASES.ownSelfieUs, 'en')).toContain(en.Copyright.ownerSelf);
    expect(render('copyright', CASES.parentUs, 'en')).toContain(en.Copyright.ownerParent);
    expect(render('copyright', 'w=3&c=us&p=x&a=24&b=25&k=2&m=1', 'fr')).toContain(fr.Copyright.ownerAuthorised);
  });

  it('for a fake, the work is the original photo it was made from, described in words', () => {
    expect(render('copyright', CASES.deepfakeFr, 'fr')).toContain(fr.Copyright.workDerived.split('[')[0]!);
    expect(render('copyright', CASES.deepfakeFr, 'en')).toMatch(/without attaching it/);
  });

  it('inside the EU, copyright is a ground of the notice to a host too', () => {
    const t = createTranslator({locale: 'fr', messages: fr, namespace: 'HostNotice'});
    const text = noticeLines('host-notice', answers(CASES.deepfakeFr), '6 décembre 2026')
      .map((line) => t(line.key as never, line.values as never))
      .join('\n');
    expect(text).toContain(fr.HostNotice.copyrightFr);
    const notMade = noticeLines('host-notice', answers('c=fr&p=instagram&a=30&b=30&k=4&u=3&m=2'), 'x').map((line) => line.key);
    expect(notMade).not.toContain('copyrightFr');
  });
});

describe('content the person posted herself (k=3)', () => {
  const NEVER_AGREED = {en: /never agreed|did not agree/i, fr: /jamais accepté|pas accepté/i};
  it.each(['c=gb&p=reddit&a=22&b=23&k=3&u=3&m=1', 'c=fr&p=instagram&p=website&a=19&b=20&k=3&u=3', 'w=2&c=us&p=x&a=16&b=17&k=3'])(
    'starts with deleting one\'s own posts, and no text says "I never agreed": %s',
    (query) => {
      const plan = buildPlan(answers(query), '2026-12-06', CATALOGUES.en);
      const report = plan.sections.find((section) => section.id === 'report')!;
      expect(report.items[0]?.contentId).toBe('own-posts');
      for (const locale of ['fr', 'en'] as const) {
        const facts = factsFrom(answers(query));
        for (const kind of noticesFor(facts)) expect(render(kind, query, locale), `${kind} ${locale}`).not.toMatch(NEVER_AGREED[locale]);
        const t = createTranslator({locale, messages: MESSAGES[locale], namespace: 'ReportText'});
        const text = reportTextLines(answers(query), undefined)
          .map((line) => t(line.key as never, line.values as never))
          .join('\n');
        expect(text).not.toMatch(NEVER_AGREED[locale]);
      }
    },
  );

  it('the copyright notice follows the own posts, before the platforms', () => {
    const ids = rulesFor(factsFrom(answers(CASES.ownPostUk)))
      .filter((rule) => rule.section === 'report')
      .map((rule) => rule.add);
    expect(ids.indexOf('own-posts')).toBeLessThan(ids.indexOf('copyright-notice'));
    expect(ids.indexOf('copyright-notice')).toBeLessThan(ids.indexOf('platform-reddit'));
  });
});

describe('a fake (k=4): the tool that made it is reported too', () => {
  it.each(['c=fr&p=instagram&a=30&b=30&k=4&u=3', 'c=gb&p=not-online&a=16&b=16&k=4&u=2', 'w=2&c=us&p=x&a=15&b=15&k=4'])('%s', (query) => {
    const plan = buildPlan(answers(query), '2026-12-06', CATALOGUES.fr);
    expect(plan.sections.flatMap((section) => section.items.map((item) => item.contentId))).toContain('deepfake-tool');
  });
  it('never for a real image', () => {
    const plan = buildPlan(answers('c=fr&p=instagram&a=30&b=30&k=1&u=3'), '2026-12-06', CATALOGUES.fr);
    expect(plan.sections.flatMap((section) => section.items.map((item) => item.contentId))).not.toContain('deepfake-tool');
  });
});
