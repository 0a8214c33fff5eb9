// The case file's words for the browser, with their placeholders ({date}, {count}, {number}) kept as written, to
// be filled there. Messages are compiled at build time, so each one is formatted here rather than sent raw.
import {getMessages, getTranslations} from 'next-intl/server';
import type {JournalLabels} from '@/components/journal/labels';

const PLACEHOLDERS = {date: '{date}', count: '{count}', number: '{number}'};

const isGroup = (node: unknown): node is Record<string, unknown> => Boolean(node) && typeof node === 'object' && !Array.isArray(node);

export const journalLabels = async (locale: string): Promise<JournalLabels> => {
  const t = await getTranslations({locale, namespace: 'Journal'});
  const {Journal} = await getMessages({locale});
  // The keys walked are the catalogue's own, so each exists: the cast only tells TypeScript what the walk proves.
  type Key = Parameters<typeof t>[0];
  const walk = (node: unknown, path: string[]): unknown =>
    isGroup(node)
      ? Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child, [...path, key])]))
      : t(path.join('.') as Key, PLACEHOLDERS);
  return walk(Journal, []) as JournalLabels;
};
