// After `next build`: bundles the two programs that run beside Next.js (esbuild), into .next/recours/:
// - server.js, the production entry (server/entry.ts): our HTTP server (timeouts, upgrades, the request guard)
//   handing requests to Next.js's request handler;
// - pdf/pdf-worker.mjs, the PDF worker thread, built from the same PlanDocument component as everything else;
//   the renderer is a chunk of its own, loaded once the thread has lowered its priority.
// scripts/prepare-standalone.mjs then puts both into .next/standalone.
import {build} from 'esbuild';
import {bundleStandardFonts} from './pdf-bundle-plugins.mjs';

const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none'};

await build({
  ...common,
  entryPoints: ['server/entry.ts'],
  outfile: '.next/recours/server.js',
  format: 'cjs',
  // Next.js is loaded from the standalone folder's node_modules, as the build traced it.
  external: ['next'],
  // The address the static pages were built with, to warn at start when the one given then differs.
  define: {'process.env.RECOURS_BUILD_SITE_URL': JSON.stringify(process.env.SITE_URL ?? '')},
});

await build({
  ...common,
  entryPoints: ['components/pdf/pdf-worker.ts'],
  outdir: '.next/recours/pdf',
  outExtension: {'.js': '.mjs'},
  chunkNames: 'renderer-[hash]',
  format: 'esm',
  splitting: true,
  minify: true,
  plugins: [bundleStandardFonts],
  define: {'process.env.NODE_ENV': '"production"'},
  // Some dependencies still call require(); give the ES module one.
  banner: {js: "import {createRequire as __recoursRequire} from 'node:module'; const require = __recoursRequire(import.meta.url);"},
});
console.log('Server entry and PDF worker bundled in .next/recours.');
