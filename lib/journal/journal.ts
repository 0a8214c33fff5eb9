// The report journal an earlier version kept on the person's device (now read into the case file, case-file.ts):
// its shape, reading it back safely, and each report's deadline. Storage can hold anything, so it is checked field by field, never trusted. Plain checks rather than
// zod keep the journal's JavaScript small.
import {DEADLINES, type ClockId} from '../plan/deadlines';
import type {IsoDate} from '../dates';

const MAX_ENTRIES = 200;

/** What was sent, or received: each kind runs its law's clock. */
export const JOURNAL_KINDS = ['report', 'copyright', 'host-notice', 'take-it-down', 'erasure', 'cnil', 'refusal'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

const CLOCK_OF: Record<JournalKind, ClockId> = {
  report: 'report',
  // A copyright notice has no legal deadline ("expeditiously"): look for an answer after a week, as for a report.
  copyright: 'report',
  'host-notice': 'report',
  'take-it-down': 'takeItDown',
  erasure: 'erasure',
  cnil: 'cnilMinor',
  refusal: 'platformDecision',
};

/** Entries written before kinds existed have none: they were reports. */
export type JournalEntry = {id: string; kind?: JournalKind; place: string; date: string; reference: string};

const isEntry = (value: unknown): value is JournalEntry => {
  if (!value || typeof value !== 'object') return false;
  const {id, kind, place, date, reference} = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 40 &&
    (kind === undefined || JOURNAL_KINDS.includes(kind as JournalKind)) &&
    typeof place === 'string' &&
    place.length > 0 &&
    place.length <= 80 &&
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    typeof reference === 'string' &&
    reference.length <= 120
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

export const kindOf = (entry: {kind?: JournalKind}): JournalKind => entry.kind ?? 'report';

/** The day an entry's deadline passes: when to look for an answer, or until when to act. */
export const dueOf = (entry: {kind?: JournalKind; date: IsoDate}): IsoDate => DEADLINES[CLOCK_OF[kindOf(entry)]].due(entry.date);
