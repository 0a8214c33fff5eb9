// Adding a locale: every place that cannot read i18n/locales.ts at run time must still follow it.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_LOCALE, LOCALES, LOCALE_SETTINGS} from '@/i18n/locales';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {routing} from '@/i18n/routing';

describe('locales', () => {
  it('routing uses the one list of locales, French first', () => {
    expect(routing.locales).toEqual(LOCALES);
    expect(routing.defaultLocale).toBe(DEFAULT_LOCALE);
    expect(LOCALES[0]).toBe('fr');
  });

  it.each(LOCALES)('%s has messages, content and settings', (locale) => {
    expect(ALL_MESSAGES[locale]).toBeDefined();
    expect(existsSync(`messages/${locale}.json`)).toBe(true);
    expect(existsSync(`content/${locale}`)).toBe(true);
    expect(LOCALE_SETTINGS[locale].dates).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it('the proxy matcher (which Next.js reads at build time, so cannot be computed) names exactly these locales', () => {
    const matcher = readFileSync('proxy.ts', 'utf8').split('export const config = {')[1] ?? '';
    const alternations = matcher.match(/\((?:\?:)?([a-z]{2}(?:\|[a-z]{2})+)\)/g) ?? [];
    expect(alternations.length).toBeGreaterThan(0);
    for (const group of alternations)
      expect(
        group
          .replace(/[()?:]/g, '')
          .split('|')
          .sort(),
      ).toEqual([...LOCALES].sort());
  });

  it('no source file outside i18n/ names the locales by hand', () => {
    // Every source file, so that a new one cannot escape the check; the proxy's matcher is checked above.
    const sources = ['app', 'components', 'lib', 'server', 'scripts'].flatMap((dir) =>
      readdirSync(dir, {recursive: true, encoding: 'utf8'})
        .filter((file) => /\.(ts|tsx|mts|mjs)$/.test(file))
        .map((file) => join(dir, file)),
    );
    expect(sources.length).toBeGreaterThan(100);
    // A list or an alternation of the locales: ['fr', 'en'], (fr|en), fr|en.
    const one = `(${LOCALES.join('|')})`;
    const byHand = new RegExp(`\\[\\s*(?:['"]${one}['"]\\s*,?\\s*){${LOCALES.length}}\\]|\\b${one}\\|${one}\\b`);
    const found = [...sources, 'proxy.ts'].filter((file) => byHand.test(readFileSync(file, 'utf8').replace(/export const config = \{[\s\S]*$/, '')));
    expect(found).toEqual([]);
  });
});
