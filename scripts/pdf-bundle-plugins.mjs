// esbuild plugins for the PDF worker bundle (scripts/build-server.mjs). Each rewrites one known line of a
// pinned dependency and fails the build when that line is gone, so an upgrade cannot drop it silently.
import {readFile} from 'node:fs/promises';

const rewrite = (name, filter, from, to) => ({
  name,
  setup(builder) {
    builder.onLoad({filter}, async ({path}) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(from))
        throw new Error(`${name}: ${path} no longer contains the line this plugin rewrites; check it against the new version.`);
      return {contents: source.replaceAll(from, to), loader: 'js'};
    });
  },
});

// pdfkit loads its standard fonts (Helvetica…) through a require() made at run time, which a bundle cannot
// follow; a plain require() of the same specifiers lets esbuild put the fonts in the bundle.
export const bundleStandardFonts = rewrite(
  'bundle-standard-fonts',
  /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
  "require$1('#standard-fonts/",
  "require('#standard-fonts/",
);
