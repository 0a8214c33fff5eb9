// After `next build`: bundles app/sw.ts (esbuild) and injects the precache list (Serwist) into public/sw.js.
// Only the offline pages are precached; everything else is cached when visited (see app/sw.ts).
import {readFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {injectManifest} from '@serwist/build';

const revision = readFileSync('.next/BUILD_ID', 'utf8').trim();
const dir = mkdtempSync(join(tmpdir(), 'recours-sw-'));
const bundled = join(dir, 'sw.js');
try {
  // The offline page of each locale is precached by the worker itself (app/sw.ts), with this build's id.
  await build({
    entryPoints: ['app/sw.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    outfile: bundled,
    logLevel: 'warning',
    define: {BUILD_ID: JSON.stringify(revision)},
  });
  const {count, warnings} = await injectManifest({
    swSrc: bundled,
    swDest: 'public/sw.js',
    globDirectory: '.next',
    globPatterns: [],
    injectionPoint: 'self.__SW_MANIFEST',
  });
  for (const warning of warnings) console.warn(warning);
  console.log(`Service worker written to public/sw.js (${count} build files and each locale's offline page precached).`);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
