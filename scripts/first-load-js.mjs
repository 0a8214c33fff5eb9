// First-load JavaScript of a page from the production build: the gzip size of every <script src> the
// page's HTML loads, the noModule polyfill excepted (modern browsers skip it). Used by the budget test
// and by `npm run bench`.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {unified} from 'unified';
import rehypeParse from 'rehype-parse';

const scriptSources = (html) => {
  const found = [];
  const walk = (node) => {
    if (node.type === 'element' && node.tagName === 'script') {
      const {src, noModule} = node.properties ?? {};
      if (typeof src === 'string' && src.startsWith('/_next/static/') && !noModule) found.push(src);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(rehypeParse).parse(html));
  return [...new Set(found)];
};

/** {scripts, rawBytes, gzipBytes} for one page's HTML, reading the files from .next/static. */
export const firstLoadJs = (html, buildDir = '.next') => {
  let rawBytes = 0;
  let gzipBytes = 0;
  const sources = scriptSources(html);
  for (const src of sources) {
    const file = readFileSync(join(buildDir, decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0])));
    rawBytes += file.length;
    gzipBytes += gzipSync(file, {level: 6}).length;
  }
  return {scripts: sources.length, rawBytes, gzipBytes};
};
