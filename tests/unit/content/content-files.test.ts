import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary} from '@/lib/content/load-content';
import {platformGuideIds, referencedContentIds} from '@/lib/plan/build-plan';
import {CONTENT_PAGES, DIRECTORY, LAW_PAGES} from '@/lib/directory/directory';
import {addMonths} from '@/lib/dates';
import publishers from '@/content/publishers.json';
import {isPdfPrintable} from '@/lib/pdf/printable';
import {DEFAULT_LOCALE, LOCALES} from '@/i18n/locales';
import {PLATFORMS} from '@/lib/answers/schema';
import {hasReportText} from '@/lib/plan/rules';

const ROOT = join(process.cwd(), 'content');
const LIBRARIES = LOCALES.map((locale) => [locale, loadContentLibrary(ROOT, locale)] as const);
const first = loadContentLibrary(ROOT, DEFAULT_LOCALE);
const OTHERS = LIBRARIES.filter(([locale]) => locale !== DEFAULT_LOCALE);
const ALL_ENTRIES = LIBRARIES.flatMap(([, library]) => [...library.values()]);
const today = new Date().toISOString().slice(0, 10);
const aYearAgo = addMonths(today, -12);

describe('content library', () => {
  it.each(OTHERS)('%s has the same content ids as the first locale', (_locale, library) => {
    expect([...library.keys()].sort()).toEqual([...first.keys()].sort());
  });

  it.each(LIBRARIES)('%s has every content id the plan, the pages, the directory and the law pages show', (locale, library) => {
    const ids = [...referencedContentIds(), ...CONTENT_PAGES, ...DIRECTORY.map((entry) => entry.id), ...Object.values(LAW_PAGES).flat()];
    for (const id of ids) expect(library.has(id), `content/${locale} is missing ${id}`).toBe(true);
  });

  it.each(LIBRARIES)('%s has a short summary for every step a plan can show, in every voice', (locale, library) => {
    const words = (text: string) => text.split(/\s+/).length;
    for (const id of referencedContentIds()) {
      const entry = library.get(id);
      const summary = entry?.summary ?? '';
      expect(summary, `content/${locale}/${id} has no summary`).not.toBe('');
      expect(words(summary), `content/${locale}/${id}: summary over 40 words`).toBeLessThanOrEqual(40);
      // Words for a parent or a supporter say the same thing, about as briefly: plans keep to their word budget.
      for (const [voice, variant] of Object.entries(entry?.voices ?? {}))
        if (variant.summary)
          expect(words(variant.summary), `content/${locale}/${id}: the ${voice}'s summary is longer than 40 words or 4 words longer than the person's`).toBeLessThanOrEqual(
            Math.min(40, words(summary) + 4),
          );
    }
  });

  it.each(LIBRARIES)('%s has a guide of its own, naming its policy, for every platform of the URL contract', (locale, library) => {
    for (const id of platformGuideIds()) expect(library.has(id), `content/${locale} is missing ${id}`).toBe(true);
    // A platform with a report text names the rule to choose on its form.
    for (const platform of PLATFORMS.filter(hasReportText)) expect(library.get(`platform-${platform}`)?.policy, `${locale}/${platform} names no policy`).toBeTruthy();
  });

  it.each([...first.keys()].sort())('%s: same link ids, phone numbers and countries in every locale', (id) => {
    const original = first.get(id)!;
    for (const [locale, library] of OTHERS) {
      const other = library.get(id);
      expect(other, `content/${locale} has no ${id}`).toBeDefined();
      expect(other!.links.map((l) => l.id).sort()).toEqual(original.links.map((l) => l.id).sort());
      expect(other!.phones.map((p) => `${p.kind}:${p.number}`).sort()).toEqual(original.phones.map((p) => `${p.kind}:${p.number}`).sort());
      expect([...other!.countries].sort()).toEqual([...original.countries].sort());
    }
  });

  it.each(ALL_ENTRIES.map((entry) => [entry.file, entry] as const))(
    '%s: has a body, sources and a review date that is not in the future',
    (_file, entry) => {
      expect(entry.html.trim().length).toBeGreaterThan(100);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.reviewed <= today, 'reviewed in the future').toBe(true);
      expect(entry.reviewed >= aYearAgo, `reviewed on ${entry.reviewed}: more than 12 months ago, check it again`).toBe(true);
      expect(new Set(entry.links.map((l) => l.id)).size).toBe(entry.links.length);
    },
  );

  it.each(ALL_ENTRIES.map((entry) => [entry.file, entry] as const))(
    '%s: links to and cites only reviewed publishers, over https',
    (_file, entry) => {
      const known = publishers.publishers as Record<string, {name: string; kind: string}>;
      const reviewed = (url: string) => Object.hasOwn(known, new URL(url).hostname);
      for (const link of entry.links) expect(reviewed(link.url), `link ${link.url} is not in content/publishers.json`).toBe(true);
      for (const source of entry.sources) expect(reviewed(source.url), `source ${source.url} is not in content/publishers.json`).toBe(true);
      expect(entry.html).not.toMatch(/href="http:/);
      for (const href of entry.html.match(/href="https:[^"]+"/g) ?? []) {
        expect(reviewed(href.slice(6, -1)), `${href} is not in content/publishers.json`).toBe(true);
      }
    },
  );

  it('names each reviewed publisher and what kind of publisher it is: official, the service itself, an NGO or a newspaper', () => {
    for (const [host, publisher] of Object.entries(publishers.publishers as Record<string, {name: string; kind: string}>)) {
      expect(publisher.name.length, host).toBeGreaterThan(2);
      expect(publishers.kinds, host).toContain(publisher.kind);
    }
    // Reprints, aggregators and proxy copies found by the fact-check of 2026-12-06 are not publishers.
    for (const host of ['spoiledlunch.pages.dev', 'ngtimes.org', 'vidianews.com', 'fabser4.dreamhosters.com', 'tomorrow.paperai.life', 'germannews.org', 'studylib.net', 'docslib.org'])
      expect(Object.keys(publishers.publishers)).not.toContain(host);
  });

  it('uses only characters the PDF fiche can print (Windows-1252, as Helvetica in a PDF)', () => {
    for (const entry of ALL_ENTRIES) {
      const text = [entry.title, entry.markdown, entry.policy ?? '', ...entry.links.map((l) => l.label), ...entry.phones.map((p) => `${p.label}${p.display ?? ''}${p.hours ?? ''}`)].join('');
      const outside = [...new Set([...text].filter((ch) => !isPdfPrintable(ch)))];
      expect(outside, `${entry.file} uses ${outside.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`).toEqual([]);
    }
  });

  it('keeps the list of publishers reviewed within 12 months', () => {
    expect(publishers.reviewed >= aYearAgo).toBe(true);
  });

  it('renders Markdown without raw HTML and with external links that send no referrer', () => {
    for (const entry of ALL_ENTRIES) {
      expect(entry.html).not.toMatch(/<script|<iframe|on\w+=/i);
      for (const anchor of entry.html.match(/<a [^>]*href="https?:[^>]*>/g) ?? []) expect(anchor).toContain('noreferrer');
    }
  });
});

describe('loadContentLibrary', () => {
  const fixture = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'recours-content-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), {recursive: true});
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  const valid = (id: string) => `---\nid: ${id}\ntitle: T\ncountries: [fr]\nreviewed: 2026-11-24\nsources:\n  - title: S\n    url: https://example.org/\n---\nBody <script>alert(1)</script> [link](https://example.org/)\n`;

  it('names the file when its frontmatter is invalid', () => {
    const root = fixture({'fr/group/broken.md': '---\nid: broken\ntitle: T\ncountries: [de]\n---\nBody\n'});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/fr\/group\/broken\.md: invalid frontmatter[\s\S]*countries/);
  });

  it('rejects an id that differs from the file name', () => {
    const root = fixture({'fr/a.md': valid('b')});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/fr\/a\.md: id "b" must match/);
  });

  it('rejects a plain-http link', () => {
    const root = fixture({'fr/a.md': valid('a').replace('sources:', 'links:\n  - id: x\n    label: L\n    url: http://example.org/\nsources:')});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/links\.0\.url/);
  });

  it('sanitizes the body and marks external links', () => {
    const entry = loadContentLibrary(fixture({'fr/a.md': valid('a')}), 'fr').get('a')!;
    expect(entry.html).not.toContain('<script');
    expect(entry.html).toContain('rel="noreferrer"');
  });
});
