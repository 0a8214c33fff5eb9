// First-load JavaScript of a page from the production build: the gzip size of every <script src> the
// page's HTML loads, the noModule polyfill excepted (modern browsers skip it), and of the framework's files a page
// runs at the first touch (listed in public/framework-on-touch.js's data-scripts: loaded later, counted all the
// same). Used by the budget test and by `npm run bench`.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {elements} from './static-pages.mjs';

const scriptSources = (html) => {
  const found = [];
  for (const {tagName, properties} of elements(html)) {
    if (tagName !== 'script') continue;
    const {src, noModule, dataScripts} = properties ?? {};
    if (typeof src === 'string' && src.startsWith('/_next/static/') && !noModule) found.push(src);
    if (typeof dataScripts === 'string') found.push(...dataScripts.split(' ').filter((path) => path.startsWith('/_next/static/')));
  }
  return [...new Set(found)];
};

/** The first-load scripts of one page's HTML, read from the build: [{src, code}]. */
export const firstLoadScripts = (html, buildDir = '.next') =>
  scriptSources(html).map((src) => ({src, code: readFileSync(join(buildDir, decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0])))}));

/** {scripts, rawBytes, gzipBytes} for one page's HTML, reading the files from .next/static. */
export const firstLoadJs = (html, buildDir = '.next') => {
  let rawBytes = 0;
  let gzipBytes = 0;
  const scripts = firstLoadScripts(html, buildDir);
  for (const {code} of scripts) {
    rawBytes += code.length;
    gzipBytes += gzipSync(code, {level: 6}).length;
  }
  return {scripts: scripts.length, rawBytes, gzipBytes};
};

/** The plan's first screen drawn before its framework runs (components/plan/early): its script and its worker. */
export const EARLY_DRAWING_SCRIPTS = ['/plan-early.js', '/plan-early-worker.js'];
export const EARLY_DRAWING_BUDGET_KIB = 60;

/** {rawBytes, gzipBytes} of the early drawing, read from public/ as the build wrote it. */
export const earlyDrawingJs = (publicDir = 'public') => {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const script of EARLY_DRAWING_SCRIPTS) {
    const code = readFileSync(join(publicDir, script));
    rawBytes += code.length;
    gzipBytes += gzipSync(code, {level: 6}).length;
  }
  return {rawBytes, gzipBytes};
};
