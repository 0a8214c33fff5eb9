// The optional report journal kept on the person's device: its shape, and reading it back safely.
// Storage can hold anything, so it is checked field by field, never trusted. Plain checks rather than
// zod keep the plan page's JavaScript small.
export const JOURNAL_STORAGE_KEY = 'journal';
const MAX_ENTRIES = 200;

export type JournalEntry = {id: string; place: string; date: string; reference: string};

const isEntry = (value: unknown): value is JournalEntry => {
  if (!value || typeof value !== 'object') return false;
  const {id, place, date, reference} = value as Record<string, unknown>;
  return (
    typeof id === 'string' && id.length > 0 && id.length <= 40 &&
    typeof place === 'string' && place.length > 0 && place.length <= 80 &&
    typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    typeof reference === 'string' && reference.length <= 120
  );
};

export const readJournal = (stored: string | null): JournalEntry[] => {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) && parsed.every(isEntry) ? parsed.slice(0, MAX_ENTRIES) : [];
  } catch {
    return [];
  }
};

export const addEntry = (journal: JournalEntry[], entry: JournalEntry): JournalEntry[] =>
  [...journal, entry].sort((a, b) => a.date.localeCompare(b.date)).slice(-MAX_ENTRIES);

export const removeEntry = (journal: JournalEntry[], id: string): JournalEntry[] => journal.filter((e) => e.id !== id);
