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

// react-pdf lays the whole rest of the document out once more at every page break when any element on the
// page has a `render` prop, in case page-dependent text changes the flow. The fiche's only such text, the
// page number, sits in an absolutely positioned footer, which cannot change the flow: skip that extra layout
// unless a `render` element is in the flow. The final layout of each page with its numbers is unchanged (the
// largest plan's PDF is byte-identical, and renders in about 60% of the time).
export const skipNeedlessRelayout = rewrite(
  'skip-needless-relayout',
  /@react-pdf[\\/]layout[\\/]lib[\\/]index\.js$/,
  'const dynamicPage = resolveDynamicPage({ pageNumber }, page, fontStore, yoga);',
  [
    'const dynamicInFlow = (node) => node.style?.position !== "absolute" && ((node.props != null && "render" in node.props) || (node.children || []).some(dynamicInFlow));',
    'const dynamicPage = dynamicInFlow(page) ? resolveDynamicPage({ pageNumber }, page, fontStore, yoga) : page;',
  ].join('\n    '),
);
