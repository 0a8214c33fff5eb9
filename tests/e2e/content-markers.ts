// What shows that a content entry is on a page, in a locale: its title and its first number or link.
// Read from the content library, so the browser tests check what a person sees in both locales.
import {join} from 'node:path';
import {loadContentLibrary} from '../../lib/content/load-content';

export type ContentMarker = {title: string; tel?: string; href?: string};

const cache = new Map<string, Map<string, ContentMarker>>();

export const contentMarkers = (locale: string): Map<string, ContentMarker> => {
  let markers = cache.get(locale);
  if (markers) return markers;
  markers = new Map();
  for (const entry of loadContentLibrary(join(process.cwd(), 'content'), locale).values()) {
    // The step's one action, as the plan shows it: its primary, or else its first number, or else its first link.
    const target = entry.primary ?? entry.phones[0]?.number ?? entry.links[0]?.id ?? '';
    const phone = entry.phones.find((candidate) => candidate.number === target);
    const link = entry.links.find((candidate) => candidate.id === target);
    markers.set(entry.id, {
      title: entry.title,
      ...(phone ? {tel: `${phone.kind === 'sms' ? 'sms' : 'tel'}:${phone.number}`} : {}),
      ...(link ? {href: link.url} : {}),
    });
  }
  cache.set(locale, markers);
  return markers;
};
