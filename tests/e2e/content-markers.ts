// What shows that a content entry is on a page, in a locale: its title and its first number or link.
// Read straight from the Markdown frontmatter, so the browser tests check what a person sees in both locales.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import matter from 'gray-matter';

export type ContentMarker = {title: string; tel?: string; href?: string};

const files = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );

const cache = new Map<string, Map<string, ContentMarker>>();

export const contentMarkers = (locale: string): Map<string, ContentMarker> => {
  let markers = cache.get(locale);
  if (markers) return markers;
  markers = new Map();
  for (const file of files(join('content', locale))) {
    const data = matter(readFileSync(file, 'utf8'), {}).data as {
      id: string;
      title: string;
      primary?: string | number;
      links?: {id: string; url: string}[];
      phones?: {number: string | number; kind: string}[];
    };
    // The step's one action, as the plan shows it: its primary, or else its first number, or else its first link.
    const target = String(data.primary ?? data.phones?.[0]?.number ?? data.links?.[0]?.id ?? '');
    const phone = data.phones?.find((candidate) => String(candidate.number) === target);
    const link = data.links?.find((candidate) => candidate.id === target);
    markers.set(data.id, {
      title: data.title,
      ...(phone ? {tel: `${phone.kind === 'sms' ? 'sms' : 'tel'}:${phone.number}`} : {}),
      ...(link ? {href: link.url} : {}),
    });
  }
  cache.set(locale, markers);
  return markers;
};
