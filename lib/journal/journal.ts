// The optional report journal kept on the person's device: its shape, and reading it back safely
// (storage can hold anything, so it is parsed, never trusted).
import {z} from 'zod/mini';

export const JOURNAL_STORAGE_KEY = 'journal';
const MAX_ENTRIES = 200;

export const ZJournalEntry = z.object({
  id: z.string().check(z.maxLength(40)),
  place: z.string().check(z.minLength(1), z.maxLength(80)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  reference: z.string().check(z.maxLength(120)),
});

export type JournalEntry = z.infer<typeof ZJournalEntry>;

export const readJournal = (stored: string | null): JournalEntry[] => {
  if (!stored) return [];
  try {
    const parsed = z.array(ZJournalEntry).safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data.slice(0, MAX_ENTRIES) : [];
  } catch {
    return [];
  }
};

export const addEntry = (journal: JournalEntry[], entry: JournalEntry): JournalEntry[] =>
  [...journal, entry].sort((a, b) => a.date.localeCompare(b.date)).slice(-MAX_ENTRIES);

export const removeEntry = (journal: JournalEntry[], id: string): JournalEntry[] => journal.filter((e) => e.id !== id);
