// The one list of pages (lib/pages.ts) is the app's: every page folder is in it and every entry has its folder; the
// proxy's literal matcher (Next.js reads it at build time) reaches exactly the pages rendered per request; every page
// that shows something of the person starts with the quick exit's guard; the pages kept for everyone hold nothing.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PAGES, pagesWhere, pathsOf} from '@/lib/pages';
import {QUESTION_IDS} from '@/lib/answers/questions';
import {QUERY_KEYS} from '@/lib/answers/url-contract';
import {LOCALES} from '@/i18n/locales';
import {PAGES_FOR_EVERYONE} from '@/lib/offline-pages';
import {PUBLIC_PATHS} from '@/lib/directory/directory';

const APP = join('app', '[locale]');

/** Each page's folder under app/[locale], as a path such as `/guides/[platform]`, with its entry file. */
const folders = (dir = APP, prefix = ''): {path: string; file: string}[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.isDirectory()) return folders(join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === 'page.tsx' || entry.name === 'route.ts' ? [{path: prefix, file: join(dir, entry.name)}] : [];
  });

// The questions have a folder each (their forms differ); the list names them as one page.
const listed = Object.values(PAGES).flatMap((page) =>
  page.path.includes('[question]') ? pathsOf(page.path, {question: QUESTION_IDS}) : [page.path],
);

// Read from the source: the proxy's module needs Next.js's runtime, and the matcher must be a literal anyway.
const CONFIG = readFileSync('proxy.ts', 'utf8').split('export const config = {')[1] ?? '';
const MATCHER = [...CONFIG.matchAll(/^\s*'([^']+)',/gm)].map((match) => (match[1] ?? '').replaceAll('\\\\', '\\'));
/** The entries that match a path only when its query holds a key: [source, key]. */
const WITH_KEY = [...CONFIG.matchAll(/\{source: '([^']+)', has: \[\{type: 'query', key: '([^']+)'\}\]\}/g)].map(
  (match) => [match[1]!, match[2]!] as const,
);
/** Next.js's matcher syntax, as far as proxy.ts uses it: groups as written, `:path*` / `:path+` for the rest of the path. */
const pattern = (source: string) => new RegExp(`^${source.replace('/:path*', '(?:/.*)?').replace('/:path+', '(?:/.+)')}$`);
const matcherPatterns = MATCHER.map(pattern);
const matched = (path: string, query = new URLSearchParams()) =>
  matcherPatterns.some((each) => each.test(path)) || WITH_KEY.some(([source, key]) => pattern(source).test(path) && query.has(key));

describe('the one list of pages', () => {
  it('names every page folder of the app, and only those', () => {
    expect(
      folders()
        .map(({path}) => path)
        .sort(),
    ).toEqual([...listed].sort());
  });

  it("the proxy's matcher reaches every page rendered per request, in every locale, and no static page", () => {
    expect(MATCHER.length).toBeGreaterThan(3);
    const perRequest = pagesWhere((page) => page.rendering === 'per-request').flatMap((page) => pathsOf(page.path, {question: QUESTION_IDS}));
    // With any answer in the query (the plan's address without one is a static file, served without the proxy).
    const missed = LOCALES.flatMap((locale) => perRequest.map((path) => `/${locale}${path}`)).flatMap((path) =>
      Object.values(QUERY_KEYS)
        .filter((key) => !matched(path, new URLSearchParams([[key, '']])))
        .map((key) => `${path}?${key}=`),
    );
    expect(missed).toEqual([]);
    // The JavaScript path's pages are static files: the proxy never runs for them, so they are served as fast as a guide.
    const staticPath = LOCALES.flatMap((locale) => [`/${locale}${PAGES.plan.path}`, `/${locale}${PAGES.questions.path}`]);
    expect(staticPath.filter((path) => matched(path))).toEqual([]);
    expect(matched('/fr/plan', new URLSearchParams('utm=1'))).toBe(false);
    const reached = LOCALES.flatMap((locale) => PUBLIC_PATHS.map((path) => `/${locale}${path}`)).filter((path) => matched(path));
    expect(reached).toEqual([]);
  });

  it('every page that shows answers or the case file starts with the quick exit guard, and no other page has it', () => {
    const guarded = folders()
      .filter(({file}) => file.endsWith('page.tsx'))
      .filter(({file}) => /<(Static)?LeftGuard\b/.test(readFileSync(file, 'utf8')))
      .map(({path}) => path);
    const holding = pagesWhere((page) => page.holds !== 'nothing' && page.rendering !== 'file').flatMap((page) =>
      page.path.includes('[question]') ? ['/questions/[question]'] : [page.path],
    );
    // The questions share one route module (question-route.tsx), which holds the guard.
    const questionRoute = readFileSync(join(APP, 'questions', 'question-route.tsx'), 'utf8');
    expect(questionRoute).toMatch(/<LeftGuard\b/);
    expect([...guarded, '/questions/[question]'].sort()).toEqual(holding.sort());
  });

  it('the pages kept offline for everyone hold nothing of anyone', () => {
    expect(PAGES_FOR_EVERYONE.length).toBeGreaterThan(LOCALES.length * 4);
    const holding = pagesWhere((page) => page.offline === 'everyone' && page.holds !== 'nothing');
    expect(holding).toEqual([]);
  });
});
