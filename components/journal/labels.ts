// The case file's words: the Journal messages as they are, placeholders ({date}, {count}) filled in the browser.
import type messages from '@/messages/fr.json';

export type JournalLabels = (typeof messages)['Journal'];

export const fillIn = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
