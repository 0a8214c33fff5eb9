// The case file kept on the person's device: one record per link or account, each with the reports sent about it
// and the clock each report starts. Never an image. Storage and imported files can hold anything, so they are
// checked against the schema, never trusted; a journal written before records existed is read into records.
import * as z from 'zod/mini';
import {isIsoDate, type IsoDate} from '../dates';
import {JOURNAL_KINDS, dueOf, readJournal, type JournalKind} from './journal';

const MAX_RECORDS = 100;
const MAX_REPORTS = 50;

const text = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(40));
const isoDate = z.string().check(z.refine(isIsoDate));

export const LIMITS = {platform: 80, link: 500, account: 120, payment: 300, notes: 1000, to: 80, reference: 120, answer: 300} as const;
export const ABOUT_LIMITS = {description: 300, name: 120, contact: 160} as const;

const reportSchema = z.object({
  id,
  kind: z.enum(JOURNAL_KINDS),
  to: text(LIMITS.to),
  date: isoDate,
  reference: text(LIMITS.reference),
  answer: text(LIMITS.answer),
});

const recordSchema = z.object({
  id,
  platform: text(LIMITS.platform).check(z.minLength(1)),
  link: text(LIMITS.link),
  account: text(LIMITS.account),
  /** The day the person first saw it online, or '' when not known. */
  seen: z.union([isoDate, z.literal('')]),
  /** What was asked or paid: amount and how (gift card, transfer, crypto, payment app). */
  payment: text(LIMITS.payment),
  notes: text(LIMITS.notes),
  reports: z.array(reportSchema).check(z.maxLength(MAX_REPORTS)),
});

/** "Describe once": written here, it fills the blanks of the letters and texts on this device. */
const aboutSchema = z.object({
  description: text(ABOUT_LIMITS.description),
  name: text(ABOUT_LIMITS.name),
  contact: text(ABOUT_LIMITS.contact),
});

export const caseFileSchema = z.object({
  version: z.literal(1),
  about: aboutSchema,
  records: z.array(recordSchema).check(z.maxLength(MAX_RECORDS)),
});

export type CaseReport = z.infer<typeof reportSchema>;
export type CaseRecord = z.infer<typeof recordSchema>;
export type CaseAbout = z.infer<typeof aboutSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;

export const emptyCaseFile = (): CaseFile => ({version: 1, about: {description: '', name: '', contact: ''}, records: []});

/** A case file read from anywhere (storage, an imported file): the file, or null when it is not a valid one. */
export const parseCaseFile = (value: unknown): CaseFile | null => {
  const parsed = caseFileSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

const fromJson = (stored: string): CaseFile | null => {
  try {
    return parseCaseFile(JSON.parse(stored));
  } catch {
    return null;
  }
};

/** The old journal's entries, one record per place, each entry a report. */
const fromJournal = (stored: string): CaseFile => {
  const records = new Map<string, CaseRecord>();
  for (const entry of readJournal(stored)) {
    const record = records.get(entry.place) ?? {...blankRecord(entry.id, entry.place), reports: []};
    record.reports.push({id: entry.id, kind: entry.kind ?? 'report', to: entry.place, date: entry.date, reference: entry.reference, answer: ''});
    records.set(entry.place, record);
  }
  return {...emptyCaseFile(), records: [...records.values()].slice(0, MAX_RECORDS)};
};

/**
 * What the device holds: null when the person never turned the case file on; a tampered value reads as an empty
 * file rather than breaking the page. `journal`: what an older version kept under the journal's key.
 */
export const readCaseFile = (stored: string | null, journal: string | null = null): CaseFile | null => {
  if (stored !== null) return fromJson(stored) ?? emptyCaseFile();
  if (journal !== null) return fromJournal(journal);
  return null;
};

const blankRecord = (recordId: string, platform: string): CaseRecord => ({
  id: recordId,
  platform,
  link: '',
  account: '',
  seen: '',
  payment: '',
  notes: '',
  reports: [],
});

export type RecordInput = Omit<CaseRecord, 'reports'>;

const clip = <T extends Record<string, unknown>>(value: T, limits: Partial<Record<keyof T, number>>): T =>
  Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const max = limits[key as keyof T];
      return [key, typeof field === 'string' && max !== undefined ? field.trim().slice(0, max) : field];
    }),
  ) as T;

export const addRecord = (file: CaseFile, input: RecordInput): CaseFile =>
  file.records.length >= MAX_RECORDS ? file : {...file, records: [...file.records, {...clip(input, LIMITS), reports: []}]};

export const removeRecord = (file: CaseFile, recordId: string): CaseFile => ({...file, records: file.records.filter((r) => r.id !== recordId)});

const updateRecord = (file: CaseFile, recordId: string, change: (record: CaseRecord) => CaseRecord): CaseFile => ({
  ...file,
  records: file.records.map((record) => (record.id === recordId ? change(record) : record)),
});

const byDate = (a: CaseReport, b: CaseReport) => a.date.localeCompare(b.date);

export const addReport = (file: CaseFile, recordId: string, report: CaseReport): CaseFile =>
  updateRecord(file, recordId, (record) =>
    record.reports.length >= MAX_REPORTS ? record : {...record, reports: [...record.reports, clip(report, LIMITS)].sort(byDate)},
  );

export const removeReport = (file: CaseFile, recordId: string, reportId: string): CaseFile =>
  updateRecord(file, recordId, (record) => ({...record, reports: record.reports.filter((r) => r.id !== reportId)}));

export const setAbout = (file: CaseFile, about: CaseAbout): CaseFile => ({...file, about: clip(about, ABOUT_LIMITS)});

/**
 * A new copy of the same content: a record for its link, with the same platform and account, and the same notice
 * sent again today — its own report, so its own clock.
 */
export const newCopy = (file: CaseFile, recordId: string, copy: {id: string; reportId: string; link: string; today: IsoDate}): CaseFile => {
  const original = file.records.find((r) => r.id === recordId);
  if (!original || file.records.length >= MAX_RECORDS) return file;
  const last = original.reports.at(-1);
  const record: CaseRecord = {
    ...original,
    id: copy.id,
    link: copy.link.trim().slice(0, LIMITS.link),
    seen: copy.today,
    reports: last ? [{id: copy.reportId, kind: last.kind, to: last.to, date: copy.today, reference: '', answer: ''}] : [],
  };
  const at = file.records.indexOf(original) + 1;
  return {...file, records: [...file.records.slice(0, at), record, ...file.records.slice(at)]};
};

/** A report's next step: its kind, and the day from which it applies. */
export const nextOf = (report: CaseReport): {kind: JournalKind; on: IsoDate} => ({kind: report.kind, on: dueOf(report)});
