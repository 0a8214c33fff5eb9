// After `next build`: gives every prerendered (static) page a Content-Security-Policy that allows
// exactly its own inline scripts, by their SHA-256 hashes. Next.js serves the headers stored in each
// page's .meta file, so the page stays static and cacheable at a CDN, with no 'unsafe-inline'.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {APP_DIRS, elements, isInlineScript, prerenderedPages, textOf} from './static-pages.mjs';

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

const inlineScripts = (html) => elements(html).filter(isInlineScript).map(textOf);

let pages = 0;
for (const htmlPath of APP_DIRS.flatMap(prerenderedPages)) {
  const metaPath = htmlPath.replace(/\.html$/, '.meta');
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
