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

export const markdownTree = (markdown: string): Root => parser.parse(markdown);
