// The floors of the house (README, "How it is built"): lib/ is pure and below everything; components/ draw plain
// data and never reach up into the pages or their server glue (app/); i18n/ is the ground floor. An import that
// climbs back up fails here, naming the file and the import.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx|mts)$/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : SOURCE.test(entry.name) ? [path] : [];
  });

/** Each import of a file, as a path from the project's root ('@/x' and './x' alike), or the package's name. */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => {
      const spec = match[1] ?? match[2] ?? '';
      if (spec.startsWith('@/')) return spec.slice(2);
      if (spec.startsWith('.')) return relative(ROOT, resolve(dirname(file), spec));
      return spec;
    },
  );

const climbs = (floor: string, forbidden: RegExp) =>
  sourceFiles(join(ROOT, floor)).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.test(target))
      .map((target) => `${relative(ROOT, file)} → ${target}`),
  );

describe('the layers of the code', () => {
  it('components/ never import the pages or their server glue (app/)', () => {
    expect(climbs('components', /^app(\/|$)/)).toEqual([]);
  });

  it('lib/ is pure: no pages, no components, no server entry, no framework', () => {
    expect(climbs('lib', /^(app|components|server)(\/|$)|^(next|next-intl|react|react-dom)(\/|$)/)).toEqual([]);
  });

  it('i18n/ imports nothing of the app above it', () => {
    expect(climbs('i18n', /^(app|components|lib|server)(\/|$)/)).toEqual([]);
  });

  it('the check sees imports at all (it would pass on nothing)', () => {
    expect(importsOf(join(ROOT, 'app/[locale]/journal/page.tsx'))).toEqual(
      expect.arrayContaining(['components/journal/CaseFileLoader', 'app/_server/journal-labels']),
    );
    expect(importsOf(join(ROOT, 'components/journal/CaseFileLoader.tsx'))).toContain('components/journal/CaseFileApp');
  });
});
