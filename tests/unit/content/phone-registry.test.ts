// content/phones.yaml: each phone line written once, referred to by id from the content files' frontmatter and text.
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary} from '@/lib/content/load-content';
import {loadPhoneRegistry} from '@/lib/content/phone-registry';
import {addMonths} from '@/lib/dates';
import publishers from '@/content/publishers.json';

const ROOT = join(process.cwd(), 'content');
const REGISTRY = loadPhoneRegistry(ROOT);

const fixture = (files: Record<string, string>) => {
  const root = mkdtempSync(join(tmpdir(), 'recours-phones-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
};
const LINE = 'fr-3018:\n  number: "3018"\n  kind: call\n  line: support\n  country: fr\n  label: {fr: "3018, e-Enfance", en: "3018, e-Enfance"}\n  hours: {fr: "7j/7, de 9 h à 23 h", en: "every day, 9 am to 11 pm"}\n  source: https://example.org/3018\n  reviewed: 2026-11-24\n';
const file = (id: string, {frontmatter = '', body = 'Body'}: {frontmatter?: string; body?: string} = {}) =>
  `---\nid: ${id}\ntitle: T\ncountries: [fr]\n${frontmatter}reviewed: 2026-11-24\nsources:\n  - title: S\n    url: https://example.org/\n---\n${body}\n`;

describe('the phone registry (content/phones.yaml)', () => {
  it('loads one line for each id, each with its source and the date it was checked', () => {
    expect(REGISTRY.size).toBeGreaterThan(60);
    const aYearAgo = addMonths(new Date().toISOString().slice(0, 10), -12);
    const known = publishers.publishers as Record<string, unknown>;
    for (const [id, line] of REGISTRY) {
      expect(Object.hasOwn(known, new URL(line.source).hostname), `${id}: ${line.source} is not in content/publishers.json`).toBe(true);
      expect(line.reviewed >= aYearAgo, `${id}: reviewed on ${line.reviewed}, check it again`).toBe(true);
    }
  });

  it('rejects an id that is not <country>-<number>', () => {
    const root = fixture({'phones.yaml': LINE.replace('fr-3018:', 'FR_3018:'), 'fr/a.md': file('a')});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/phones\.yaml: invalid phone line[\s\S]*FR_3018/);
    const other = fixture({'phones.yaml': LINE.replace('fr-3018:', 'be-3018:'), 'fr/a.md': file('a')});
    expect(() => loadContentLibrary(other, 'fr')).toThrow(/be-3018: the id of a fr line starts with "fr-"/);
  });

  it('rejects a number that does not match its country', () => {
    const root = fixture({'phones.yaml': LINE.replace('number: "3018"', 'number: "18005551234"'), 'fr/a.md': file('a')});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/phones\.yaml: invalid phone line[\s\S]*fr-3018\.number: the number does not match/);
  });

  it('rejects a line without its source', () => {
    const root = fixture({'phones.yaml': LINE.replace(/  source: .*\n/, ''), 'fr/a.md': file('a')});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/fr-3018\.source/);
  });

  it('gives a file its lines in full, in its locale, with the label the file may give', () => {
    const phones = 'phones:\n  - fr-3018\n  - ref: fr-3018\n    label: "Le {{phone:fr-3018}} pour les parents"\nprimary: fr-3018\n';
    const root = fixture({'phones.yaml': LINE, 'fr/a.md': file('a', {frontmatter: phones}), 'en/a.md': file('a', {frontmatter: phones})});
    const fr = loadContentLibrary(root, 'fr').get('a')!;
    expect(fr.phones).toEqual([
      {label: '3018, e-Enfance', number: '3018', kind: 'call', line: 'support', country: 'fr', hours: '7j/7, de 9 h à 23 h'},
      {label: 'Le 3018 pour les parents', number: '3018', kind: 'call', line: 'support', country: 'fr', hours: '7j/7, de 9 h à 23 h'},
    ]);
    // The primary action is the number as dialled, as the plan taps it.
    expect(fr.primary).toBe('3018');
    expect(loadContentLibrary(root, 'en').get('a')!.phones[0]!.hours).toBe('every day, 9 am to 11 pm');
  });

  it('fills {{phone:…}} and {{hours:…}} in the body, the title and the summary, in the file\'s locale', () => {
    const text = file('a', {frontmatter: 'summary: "Appelez le {{phone:fr-3018}}, {{hours:fr-3018}}, c\'est gratuit."\n', body: 'Le **{{phone:fr-3018}}** répond {{hours:fr-3018}}.'}).replace(
        'title: T',
        'title: "Le {{phone:fr-3018}}"',
    );
    const root = fixture({'phones.yaml': LINE, 'fr/a.md': text, 'en/a.md': text});
    const fr = loadContentLibrary(root, 'fr').get('a')!;
    expect(fr.title).toBe('Le 3018');
    expect(fr.summary).toBe("Appelez le 3018, 7j/7, de 9 h à 23 h, c'est gratuit.");
    expect(fr.markdown).toBe('Le **3018** répond 7j/7, de 9 h à 23 h.\n');
    expect(fr.html).toContain('<strong>3018</strong>');
    expect(loadContentLibrary(root, 'en').get('a')!.markdown).toContain('every day, 9 am to 11 pm');
  });

  it('names the file that refers to a line the registry does not have', () => {
    const root = fixture({'phones.yaml': LINE, 'fr/group/a.md': file('a', {frontmatter: 'phones:\n  - fr-3019\n'})});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/fr\/group\/a\.md: phones\.0: no line "fr-3019"/);
    const token = fixture({'phones.yaml': LINE, 'fr/b.md': file('b', {body: 'Appelez le {{phone:fr-3019}}.'})});
    expect(() => loadContentLibrary(token, 'fr')).toThrow(/fr\/b\.md: \{\{phone:fr-3019\}\}: no line "fr-3019"/);
  });

  it('names the file that asks for hours a line does not state', () => {
    const root = fixture({'phones.yaml': LINE.replace(/  hours: .*\n/, ''), 'fr/a.md': file('a', {body: 'Ouvert {{hours:fr-3018}}.'})});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/fr\/a\.md: \{\{hours:fr-3018\}\}: content\/phones\.yaml gives no hours/);
  });

  it('takes a primary action only from the file\'s own link ids and phone ids', () => {
    const root = fixture({'phones.yaml': LINE, 'fr/a.md': file('a', {frontmatter: 'phones:\n  - fr-3018\nprimary: "3018"\n'})});
    expect(() => loadContentLibrary(root, 'fr')).toThrow(/primary: "3018" is not one of this file's link ids or phone ids/);
  });
});
