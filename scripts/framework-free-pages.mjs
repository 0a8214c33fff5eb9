// After `next build`, before scripts/csp-static-pages.mjs: a prerendered page that holds none of the app's
// interactive pieces loads no framework at all. Next.js gives every page React, its router and the page's data for
// them (about 140 KiB of JavaScript, gzipped, and the page's HTML three times over); on such a page they would only
// hydrate what is already there. Their scripts are taken out of its HTML, and the page works as without JavaScript,
// plus the site's two small static scripts (public/quick-exit.js, public/register-sw.js).
//
// A page is freed only when every client component its data names is one of Next.js's own pieces (which only
// serve the framework) or JourneyHistory, which acts only on the pages that carry answers; those all hold other
// client components (tests/e2e/framework-free.spec.ts checks that no such page is made framework-free). A name this
// list does not know keeps the framework: a new piece of Next.js costs speed, never a working page. As a second
// guard, a page that names any client component of the app (a module marked 'use client' under components/ or
// app/) other than JourneyHistory keeps the framework too.
// The list of pages made framework-free is written to .next/framework-free.json for the tests and the bench.
//
// A page that needs the framework but is whole before it runs carries a mark (components/FrameworkOnTouch.tsx: the
// questions' first page, and the plan's static page, whose first screen is drawn without it). Its framework's scripts are taken out too, and listed for public/framework-on-touch.js,
// which runs them at the person's first touch, key or focus, or once the page has settled; the page's data for them
// stays. That list is written to .next/framework-on-touch.json.
import {readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {APP_DIRS, elements, filesUnder, isInlineScript, prerenderedPages, textOf} from './static-pages.mjs';
const INERT_OFF_ANSWER_PAGES = new Set(['JourneyHistory']);
// Next.js 16's own client pieces, as a prerendered page's data names them: its layout router and templates
// ("default"), the metadata, viewport and outlet boundaries, and the icon's mark.
const NEXT_OWN = new Set(['default', 'OutletBoundary', 'ViewportBoundary', 'MetadataBoundary', 'IconMark']);

/** The names the app's client modules export: what a page's data names when it holds one of them. */
const appClientExports = () => {
  const names = new Set();
  for (const path of ['components', 'app'].flatMap((dir) => filesUnder(dir, (name) => /\.tsx?$/.test(name)))) {
    const source = readFileSync(path, 'utf8');
    if (!/^\s*(\/\/[^\n]*\n\s*)*['"]use client['"]/.test(source)) continue;
    // A default export is named "default" in the page's data, like Next.js's own pieces: it could not be told apart.
    if (/export\s+default\b/.test(source)) throw new Error(`${path}: a client module must use named exports (see ${import.meta.url})`);
    for (const [, name] of source.matchAll(/export\s+(?:const|function|class|let)\s+(\w+)/g)) names.add(name);
  }
  return names;
};

/** A script of the framework: one of its files (the `noModule` polyfill too), or its inline data. */
const isFrameworkScript = (node) =>
  node.tagName === 'script' &&
  (String(node.properties?.src ?? '').startsWith('/_next/') || /self\.__next_f|TURBOPACK/.test(isInlineScript(node) ? textOf(node) : ''));
const isFrameworkPreload = (node) =>
  node.tagName === 'link' && String(node.properties?.href ?? '').startsWith('/_next/') && /\.js(\?|$)/.test(String(node.properties?.href ?? ''));

/** The client components a page's data names: rows `id:I[module,[chunks],"export"]` of the React Server Components payload. */
const clientNames = (nodes) => {
  let data = '';
  for (const node of nodes.filter(isInlineScript)) {
    const push = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/.exec(textOf(node).trim());
    if (!push) continue;
    const [kind, chunk] = JSON.parse(push[1]);
    if (kind === 1 && typeof chunk === 'string') data += chunk;
  }
  const rows = new Map(
    data.split('\n').flatMap((line) => {
      const row = /^([0-9a-f]+):(.*)$/.exec(line);
      return row ? [[row[1], row[2]]] : [];
    }),
  );
  const names = [];
  for (const row of rows.values()) {
    const reference = /^I\[\d+,\[[^\]]*\],"([^"]*)"/.exec(row);
    if (!reference) continue;
    let name = reference[1];
    // A repeated string is written once and referred to as "$<row>".
    if (/^\$[0-9a-f]+$/.test(name)) name = JSON.parse(rows.get(name.slice(1)) ?? '""');
    names.push(name);
  }
  return {names, hasData: data.length > 0};
};

/**
 * The mark of a page whose framework may wait for the person (components/FrameworkOnTouch.tsx): `on-touch`, or
 * `on-touch-drawn-early` for a page that draws its fragment without the framework (it then waits even with one).
 */
const ON_TOUCH_MARKS = new Set(['on-touch', 'on-touch-drawn-early']);
const onTouchMarkOf = (nodes) =>
  nodes.find((node) => node.tagName === 'meta' && node.properties?.name === 'recours-framework' && ON_TOUCH_MARKS.has(node.properties?.content))
    ?.properties.content;
const isFrameworkFile = (node) =>
  node.tagName === 'script' && String(node.properties?.src ?? '').startsWith('/_next/') && node.properties?.noModule === undefined;
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page without the given elements, and with `insert` where the first of them was. */
const cut = (html, nodes, insert = '') => {
  const spans = nodes.map((node) => [node.position.start.offset, node.position.end.offset]).sort((a, b) => b[0] - a[0]);
  let out = html;
  spans.forEach(([start, end], index) => {
    out = out.slice(0, start) + (index === spans.length - 1 ? insert : '') + out.slice(end);
  });
  return out;
};

const pathOf = (dir, htmlPath) =>
  `/${relative(dir, htmlPath)
    .replace(/\\/g, '/')
    .replace(/\.html$/, '')}`.replace(/^\/index$/, '/');

const ours = appClientExports();
const freed = new Set();
const onTouch = new Set();
for (const dir of APP_DIRS) {
  for (const htmlPath of prerenderedPages(dir)) {
    const html = readFileSync(htmlPath, 'utf8');
    const nodes = elements(html);
    const {names, hasData} = clientNames(nodes);
    const inert = (name) => INERT_OFF_ANSWER_PAGES.has(name) || (NEXT_OWN.has(name) && !ours.has(name));
    if (hasData && names.every(inert)) {
      writeFileSync(
        htmlPath,
        cut(
          html,
          nodes.filter((node) => isFrameworkScript(node) || isFrameworkPreload(node)),
        ),
      );
      freed.add(pathOf(dir, htmlPath));
    } else if (onTouchMarkOf(nodes)) {
      // The framework's files, listed for public/framework-on-touch.js instead of loaded with the page; the page's
      // data for them (inline) stays, for when they run.
      const files = nodes.filter(isFrameworkFile);
      const sources = [...new Set(files.map((node) => String(node.properties.src)))];
      if (sources.length === 0) throw new Error(`${htmlPath}: marked to load its framework on touch, but loads none`);
      const waits = onTouchMarkOf(nodes) === 'on-touch-drawn-early' ? ' data-fragment="waits"' : '';
      const loader = `<script src="/framework-on-touch.js" async=""${waits} data-scripts="${escapeAttribute(sources.join(' '))}"></script>`;
      writeFileSync(htmlPath, cut(html, [...files, ...nodes.filter(isFrameworkPreload)], loader));
      onTouch.add(pathOf(dir, htmlPath));
    }
  }
}
writeFileSync(join('.next', 'framework-free.json'), `${JSON.stringify([...freed].sort(), null, 2)}\n`);
writeFileSync(join('.next', 'framework-on-touch.json'), `${JSON.stringify([...onTouch].sort(), null, 2)}\n`);
console.log(`Framework scripts taken out of ${freed.size} static pages that hold no interactive piece (.next/framework-free.json).`);
console.log(`Framework left to run at the first touch on ${onTouch.size} static pages (.next/framework-on-touch.json).`);
