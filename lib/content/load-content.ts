// Reads content/{locale}/**/*.md, validates each file's frontmatter and renders its body; its phone lines and
// the numbers and hours its text names come from content/phones.yaml.
// A bad file throws with its path, so the build and the tests name it.
import {readdirSync, readFileSync} from 'node:fs';
import {join, basename, relative} from 'node:path';
import matter from 'gray-matter';
import {ZFrontmatter, type TContentPhone, type TFrontmatter} from './frontmatter';
import {renderMarkdown} from './render-markdown';
import {ContentError} from './content-error';
import {loadPhoneRegistry, phoneInLocale, type PhoneRegistry} from './phone-registry';
import {fillPhoneTokens, fillPhoneTokensDeep} from './phone-tokens';

export {ContentError};

/** A content file as the app uses it: its phone lines in full, its primary action a link id or a number as dialled. */
export type ContentEntry = Omit<TFrontmatter, 'phones'> & {phones: TContentPhone[]; html: string; markdown: string; file: string};
export type ContentLibrary = Map<string, ContentEntry>;

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
    })
    .sort();

const withFile = <T,>(file: string, read: () => T): T => {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) throw new ContentError(`${file}: ${error.message}`);
    throw error;
  }
};

export const loadContentFile = (path: string, root: string, registry: PhoneRegistry, locale: string): ContentEntry => {
  const file = relative(root, path);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object skips gray-matter's cache, which keys on the text alone.
    parsed = matter(readFileSync(path, 'utf8'), {});
  } catch (error) {
    throw new ContentError(`${file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
  const data = withFile(file, () => fillPhoneTokensDeep(parsed.data, registry, locale));
  const markdown = withFile(file, () => fillPhoneTokens(parsed.content, registry, locale));
  const result = ZFrontmatter.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ContentError(`${file}: invalid frontmatter\n  ${problems.join('\n  ')}`);
  }
  if (result.data.id !== basename(path, '.md')) {
    throw new ContentError(`${file}: id "${result.data.id}" must match the file name`);
  }
  const phones = result.data.phones.map((phone, index) => {
    const line = registry.get(phone.ref);
    if (!line) throw new ContentError(`${file}: phones.${index}: no line "${phone.ref}" in content/phones.yaml`);
    return phoneInLocale(line, locale, 'label' in phone ? phone.label : undefined);
  });
  const {primary, ...frontmatter} = result.data;
  const primaryPhone = result.data.phones.findIndex((phone) => phone.ref === primary);
  return {
    ...frontmatter,
    ...(primary === undefined ? {} : {primary: primaryPhone === -1 ? primary : phones[primaryPhone]!.number}),
    phones,
    html: renderMarkdown(markdown),
    markdown,
    file,
  };
};

export const loadContentLibrary = (contentRoot: string, locale: string): ContentLibrary => {
  const registry = loadPhoneRegistry(contentRoot);
  const library: ContentLibrary = new Map();
  for (const path of markdownFiles(join(contentRoot, locale))) {
    const entry = loadContentFile(path, contentRoot, registry, locale);
    const clash = library.get(entry.id);
    if (clash) throw new ContentError(`${entry.file}: id "${entry.id}" is already used by ${clash.file}`);
    library.set(entry.id, entry);
  }
  return library;
};
