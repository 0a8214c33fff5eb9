// Bundles the plan page's early drawing (components/plan/early) into public/plan-early.js and its worker into
// public/plan-early-worker.js: plain scripts that draw the plan's first screen before the framework runs. Run after
// `next build` (and before `next dev`); the files are built, not kept in git.
import {resolve} from 'node:path';
import {build} from 'esbuild';

// What Next.js's build does for the app's own bundles, done here too: the messages are precompiled (next.config.ts),
// so they are formatted without the ICU parser (next-intl's plugin aliases the same module).
// And react-dom/server's browser entry holds two renderers; the worker needs only the one that writes a string
// (renderToStaticMarkup), half the size.
const asInTheApp = {
  name: 'as-in-the-app',
  setup(builder) {
    builder.onResolve({filter: /^use-intl\/format-message$/}, (args) =>
      builder.resolve('use-intl/format-message/format-only', {kind: args.kind, resolveDir: args.resolveDir}),
    );
    builder.onResolve({filter: /^react-dom\/server$/}, () => ({
      path: resolve('node_modules/react-dom/cjs/react-dom-server-legacy.browser.production.js'),
    }));
  },
};

const common = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  // As next.config.ts inlines them in the app's bundles: the site's address is fixed at build time.
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.SITE_URL': process.env.SITE_URL ? JSON.stringify(process.env.SITE_URL) : 'undefined',
  },
  plugins: [asInTheApp],
};

const outputs = {
  'public/plan-early.js': 'components/plan/early/plan-early.ts',
  'public/plan-early-worker.js': 'components/plan/early/plan-early-worker.tsx',
};
for (const [outfile, entry] of Object.entries(outputs)) await build({...common, entryPoints: [entry], outfile});
console.log(`Early drawing of the plan written to ${Object.keys(outputs).join(' and ')}.`);
