import {describe, expect, it} from 'vitest';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {RULES} from '@/lib/plan/rules';
import {SECTION_IDS} from '@/lib/plan/sections';
import {PLATFORMS} from '@/lib/answers/schema';
import {isPdfPrintable} from '@/lib/pdf/printable';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('interface messages', () => {
  it('have the same keys in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('name every reason, section and platform the plan can show', () => {
    for (const messages of [fr, en]) {
      for (const rule of RULES) expect(messages.Reasons).toHaveProperty(rule.because);
      for (const reason of ['platformSelected', 'placeUnknown']) expect(messages.Reasons).toHaveProperty(reason);
      for (const section of SECTION_IDS) expect(messages.Plan.sections).toHaveProperty(section);
      for (const platform of PLATFORMS) expect(messages.Platforms).toHaveProperty(platform);
    }
  });

  it('use only characters the PDF fiche can print (Windows-1252)', () => {
    for (const messages of [fr, en]) {
      const text = JSON.stringify(messages);
      expect([...new Set([...text].filter((ch) => !isPdfPrintable(ch)))]).toEqual([]);
    }
  });

  it('keep page titles neutral', () => {
    const words = /sextorsion|sextortion|nude|nudes|nu·e|chantage|blackmail|porn/i;
    for (const messages of [fr, en]) {
      expect(messages.Meta.siteName).not.toMatch(words);
      expect(messages.Meta.titleTemplate).not.toMatch(words);
      for (const title of [messages.Check.title, messages.Plan.title, messages.NotFound.title]) expect(title).not.toMatch(words);
    }
  });
});
