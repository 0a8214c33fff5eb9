// Markdown → sanitized HTML with unified; external links never send a referrer.
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeExternalLinks, {rel: ['noreferrer']})
  .use(rehypeStringify);

export const renderMarkdown = (markdown: string): string => String(processor.processSync(markdown));

/** The Markdown syntax tree, for renderers other than HTML (the PDF fiche). */
const parser = unified().use(remarkParse).use(remarkGfm);
// Content is fixed for the life of the server, so each text is parsed once, not on every PDF.
const trees = new Map<string, Root>();

/** Shared and cached: callers must not change the tree they get. */
export const markdownTree = (markdown: string): Root => {
  let tree = trees.get(markdown);
  if (!tree) {
    tree = parser.parse(markdown);
    trees.set(markdown, tree);
  }
  return tree;
};
