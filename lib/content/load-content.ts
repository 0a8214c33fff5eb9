// Reads content/{locale}/**/*.md, validates each file's frontmatter and renders its body.
// A bad file throws with its path, so the build and the tests name it.
import {readdirSync, readFileSync} from 'node:fs';
import {join, basename, relative} from 'node:path';
import matter from 'gray-matter';
import {ZFrontmatter, type TFrontmatter} from './frontmatter';
import {renderMarkdown} from './render-markdown';

export type ContentEntry = TFrontmatter & {html: string; markdown: string; file: string};
export type ContentLibrary = Map<string, ContentEntry>;

export class ContentError extends Error {}

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
    })
    .sort();

export const loadContentFile = (path: string, root: string): ContentEntry => {
  const file = relative(root, path);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object skips gray-matter's cache, which keys on the text alone.
    parsed = matter(readFileSync(path, 'utf8'), {});
  } catch (error) {
    throw new ContentError(`${file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
  const result = ZFrontmatter.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ContentError(`${file}: invalid frontmatter\n  ${problems.join('\n  ')}`);
  }
  if (result.data.id !== basename(path, '.md')) {
    throw new ContentError(`${file}: id "${result.data.id}" must match the file name`);
  }
  return {...result.data, html: renderMarkdown(parsed.content), markdown: parsed.content, file};
};

export const loadContentLibrary = (contentRoot: string, locale: string): ContentLibrary => {
  const library: ContentLibrary = new Map();
  for (const path of markdownFiles(join(contentRoot, locale))) {
    const entry = loadContentFile(path, contentRoot);
    const clash = library.get(entry.id);
    if (clash) throw new ContentError(`${entry.file}: id "${entry.id}" is already used by ${clash.file}`);
    library.set(entry.id, entry);
  }
  return library;
};
