// Whom each step serves is data in its content file, the same in every locale, stated by one of its sources;
// and each step the plan can show has words for a parent or a supporter wherever its own words speak to the person.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary} from '@/lib/content/load-content';
import {referencedContentIds} from '@/lib/plan/build-plan';
import {DEFAULT_LOCALE, LOCALES} from '@/i18n/locales';
import {SPEAKS_TO_THE_PERSON} from '../../voice-markers';

const ROOT = join(process.cwd(), 'content');
const LIBRARIES = LOCALES.map((locale) => [locale, loadContentLibrary(ROOT, locale)] as const);
const first = loadContentLibrary(ROOT, DEFAULT_LOCALE);
const STEPS = referencedContentIds().sort();

describe('eligibility is data next to its source', () => {
  it.each(STEPS)('%s says whom it serves, the same in every locale', (id) => {
    const original = first.get(id);
    expect(original?.serves, `${DEFAULT_LOCALE}/${id} has no serves`).toBeDefined();
    for (const [locale, library] of LIBRARIES) {
      const entry = library.get(id)!;
      const {source: _s, ...rule} = entry.serves ?? {source: ''};
      const {source: _o, ...originalRule} = original!.serves!;
      expect(rule, `${locale}/${id}`).toEqual(originalRule);
      const phoneRules = (e: typeof entry) => e.phones.map((p) => `${p.kind}:${p.number}:${p.line}:${JSON.stringify({...p.serves, source: undefined})}`).sort();
      expect(phoneRules(entry), `${locale}/${id}: phones`).toEqual(phoneRules(original!));
      const linkRules = (e: typeof entry) => e.links.map((l) => `${l.id}:${JSON.stringify({...l.serves, source: undefined})}`).sort();
      expect(linkRules(entry), `${locale}/${id}: links`).toEqual(linkRules(original!));
    }
  });

  it('a number is the same kind of line, for the same people, wherever it appears', () => {
    for (const [locale, library] of LIBRARIES) {
      const seen = new Map<string, string>();
      for (const entry of library.values())
        for (const phone of entry.phones) {
          const key = `${phone.country}:${phone.kind}:${phone.number}`;
          const rule = `${phone.line} ${JSON.stringify({...phone.serves, source: undefined})}`;
          expect(seen.get(key) ?? rule, `${locale}/${entry.id}: ${key} is "${rule}" here, "${seen.get(key)}" elsewhere`).toBe(rule);
          seen.set(key, rule);
        }
    }
  });
});

describe('the voice of whoever fills in', () => {
  it.each(LIBRARIES)('%s: a step whose title or summary speaks to the person has words for a parent and for a supporter', (locale, library) => {
    const missing: string[] = [];
    for (const id of STEPS) {
      const entry = library.get(id)!;
      const own = `${entry.title}\n${entry.summary ?? ''}`;
      for (const voice of ['parent', 'supporter'] as const) {
        const words = `${entry.voices?.[voice]?.title ?? entry.title}\n${entry.voices?.[voice]?.summary ?? entry.summary ?? ''}`;
        const match = SPEAKS_TO_THE_PERSON[locale].exec(words);
        if (match) missing.push(`${id} (${voice}): "${match[0]}"${SPEAKS_TO_THE_PERSON[locale].test(own) ? '' : ' in its variant'}`);
      }
    }
    expect(missing, `content/${locale}: steps that speak to the person when someone else fills in`).toEqual([]);
  });
});
