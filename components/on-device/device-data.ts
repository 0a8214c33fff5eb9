// The locale's static data for what the device draws (the plan, the questions): fetched once per page, the same
// file for every visitor (lib/views/plan-data.ts), and the words over it, with the translator next-intl gives the
// server, over the same precompiled messages.
import {createTranslator} from 'next-intl';
import {planDataPath, type PlanData} from '@/lib/views/plan-data';
import type {WordsFor} from '@/lib/views/words';

const loaded = new Map<string, Promise<PlanData>>();

export const deviceData = (locale: string): Promise<PlanData> => {
  let found = loaded.get(locale);
  if (!found) {
    found = fetch(planDataPath(locale)).then((response) => {
      if (!response.ok) throw new Error(`plan data: ${response.status}`);
      return response.json() as Promise<PlanData>;
    });
    // A failed fetch (offline, say) is tried again next time rather than remembered.
    found.catch(() => loaded.delete(locale));
    loaded.set(locale, found);
  }
  return found;
};

/** One translator per namespace, made once: a slow phone would otherwise make each again at every word. */
export const deviceWords = ({locale, messages}: PlanData): WordsFor => {
  const made = new Map<string, unknown>();
  return async (namespace) => {
    if (!made.has(namespace))
      made.set(namespace, createTranslator({locale, messages: messages as never, namespace: namespace as never, timeZone: 'UTC'}));
    return made.get(namespace) as never;
  };
};
