// After `next build`: gives every prerendered (static) page a Content-Security-Policy that allows
// exactly its own inline scripts, by their SHA-256 hashes. Next.js serves the headers stored in each
// page's .meta file, so the page stays static and cacheable at a CDN, with no 'unsafe-inline'.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {unified} from 'unified';
import rehypeParse from 'rehype-parse';

// The standalone server (output: 'standalone') holds its own copy of the prerendered pages.
const APP_DIRS = [join('.next', 'server', 'app'), join('.next', 'standalone', '.next', 'server', 'app')].filter((dir) => existsSync(dir));

const base = JSON.parse(readFileSync('lib/security/csp-base.json', 'utf8'));
// The same policy as lib/security/csp.ts. The journal page and the plan drawn on the device build their PDF in the
// browser, whose layout engine is WebAssembly loaded from a data: URL: 'wasm-unsafe-eval' compiles WebAssembly
// only, never JavaScript.
const policy = (scriptSources, withWasm) =>
  [
    ...base.directives,
    `script-src 'self' ${[...scriptSources, ...(withWasm ? ["'wasm-unsafe-eval'"] : [])].join(' ')}`.trim(),
    `connect-src 'self'${withWasm ? ' data:' : ''}`,
  ].join('; ');
const WASM_PAGE = /[\\/](journal|plan[\\/]device)\.html$/;

const htmlFiles = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

const inlineScripts = (html) => {
  const found = [];
  const walk = (node) => {
    if (node.type === 'element' && node.tagName === 'script' && node.properties?.src === undefined) {
      found.push(node.children.map((child) => child.value ?? '').join(''));
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(rehypeParse).parse(html));
  return found;
};

let pages = 0;
for (const htmlPath of APP_DIRS.flatMap(htmlFiles)) {
  const metaPath = htmlPath.replace(/\.html$/, '.meta');
  if (!existsSync(metaPath)) continue;
  const hashes = [
    ...new Set(
      inlineScripts(readFileSync(htmlPath, 'utf8')).map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`),
    ),
  ];
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  meta.headers = {...meta.headers, 'content-security-policy': policy(hashes, WASM_PAGE.test(htmlPath))};
  writeFileSync(metaPath, JSON.stringify(meta, null, 2));
  pages += 1;
}
console.log(`Content-Security-Policy with script hashes written for ${pages} static page files.`);
