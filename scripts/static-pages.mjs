// What the build steps after `next build` share: where the prerendered pages are, and how a page's HTML is read.
import {readdirSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {unified} from 'unified';
import rehypeParse from 'rehype-parse';

const SERVER_APP = join('.next', 'server', 'app');
// The standalone server (output: 'standalone') holds its own copy of the prerendered pages.
export const APP_DIRS = [SERVER_APP, join('.next', 'standalone', '.next', 'server', 'app')].filter((dir) => existsSync(dir));

/** The files under a folder that pass a test on their name, node_modules left out. */
export const filesUnder = (dir, test) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });

/** The HTML of the pages prerendered in a folder: those with a .meta file, whose headers Next.js serves. */
export const prerenderedPages = (dir) =>
  filesUnder(dir, (name) => name.endsWith('.html')).filter((path) => existsSync(path.replace(/\.html$/, '.meta')));

/** Every element of a page, in document order, with its place in the HTML (`position`). */
export const elements = (html) => {
  const found = [];
  const walk = (node) => {
    if (node.type === 'element') found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(rehypeParse).parse(html));
  return found;
};

export const textOf = (node) => node.children.map((child) => child.value ?? '').join('');

export const isInlineScript = (node) => node.tagName === 'script' && node.properties?.src === undefined;
