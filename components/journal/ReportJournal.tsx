'use client';
// An optional journal of the reports and notices sent (what, to whom, when, reference number), each with its
// deadline and next step, kept only in this browser. Off until the person turns it on; "Delete everything"
// removes it, and everything else this site kept on the device (components/device/forget-device.ts).
import {useEffect, useState, type FormEvent} from 'react';
import {
  addEntry,
  dueOf,
  JOURNAL_KINDS,
  JOURNAL_STORAGE_KEY,
  kindOf,
  readJournal,
  removeEntry,
  type JournalEntry,
  type JournalKind,
} from '@/lib/journal/journal';
import {formatDate, toIsoDate} from '@/lib/dates';
import {toPdfPrintable} from '@/lib/pdf/printable';
import {ForgetDevice} from '@/components/device/ForgetDevice';
import {CLEARED_PATH} from '@/lib/security/cleared';
import {linksFor} from '@/lib/links';

export type JournalLabels = {
  intro: string;
  enable: string;
  place: string;
  placeOther: string;
  date: string;
  reference: string;
  referenceHint: string;
  add: string;
  empty: string;
  remove: string;
  deleteAll: string;
  deleteConfirm: string;
  deleteYes: string;
  deleteNo: string;
  deleted: string;
  download: string;
  pdfTitle: string;
  pdfMadeOn: string;
  storageUnavailable: string;
  kind: string;
  kinds: Record<JournalKind, string>;
  next: string;
  /** Each kind's next step, with `{date}` for its deadline. */
  nextSteps: Record<JournalKind, string>;
};

type Props = {places: string[]; locale: string; labels: JournalLabels};

export const ReportJournal = ({places, locale, labels}: Props) => {
  const [ready, setReady] = useState(false);
  const [available, setAvailable] = useState(true);
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [status, setStatus] = useState('');
  const format = (iso: string) => formatDate(iso, locale);
  const nextStep = (entry: JournalEntry) => labels.nextSteps[kindOf(entry)].replace('{date}', format(dueOf(entry)));

  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(JOURNAL_STORAGE_KEY);
      setEntries(stored === null ? null : readJournal(stored));
    } catch {
      setAvailable(false);
    }
    setReady(true);
  }, []);

  const save = (next: JournalEntry[]) => {
    try {
      window.localStorage.setItem(JOURNAL_STORAGE_KEY, JSON.stringify(next));
      setEntries(next);
    } catch {
      setAvailable(false);
    }
  };

  if (!ready) return null;
  // The page may be static: the day is read in the browser, once the journal shows.
  const today = toIsoDate(new Date());
  if (!available) return <p>{labels.storageUnavailable}</p>;

  if (entries === null) {
    return (
      <>
        <p>{labels.intro}</p>
        {status && <p role="status">{status}</p>}
        <button type="button" className="button button--secondary" onClick={() => save([])}>
          {labels.enable}
        </button>
      </>
    );
  }

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const place = String(data.get('place') ?? '').trim();
    const date = String(data.get('date') ?? '');
    const kind = JOURNAL_KINDS.find((candidate) => candidate === data.get('kind')) ?? 'report';
    if (!place || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    save(
      addEntry(entries, {
        id: crypto.randomUUID(),
        kind,
        place: place.slice(0, 80),
        date,
        reference: String(data.get('reference') ?? '')
          .trim()
          .slice(0, 120),
      }),
    );
    event.currentTarget.reset();
  };

  const forgotten = () => {
    setEntries(null);
    setStatus(labels.deleted);
  };

  const download = async () => {
    const [{pdf}, {JournalPdf}] = await Promise.all([import('@react-pdf/renderer'), import('./JournalPdf')]);
    const blob = await pdf(
      <JournalPdf
        entries={entries.map((e) => ({
          ...e,
          place: toPdfPrintable(e.place),
          reference: toPdfPrintable(e.reference),
          what: labels.kinds[kindOf(e)],
          next: nextStep(e),
        }))}
        labels={{
          title: labels.pdfTitle,
          madeOn: labels.pdfMadeOn.replace('{date}', format(today)),
          date: labels.date,
          place: labels.place,
          reference: labels.reference,
          kind: labels.kind,
          next: labels.next,
        }}
        formatDate={format}
      />,
    ).toBlob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'journal.pdf';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="journal">
      {entries.length === 0 ? (
        <p>{labels.empty}</p>
      ) : (
        <ol className="journal__entries">
          {entries.map((entry) => (
            <li key={entry.id} className="journal__entry">
              <p className="journal__what">
                <strong>{format(entry.date)}</strong> · {labels.kinds[kindOf(entry)]}
              </p>
              <dl>
                <dt>{labels.place}</dt>
                <dd>{entry.place}</dd>
                {entry.reference && (
                  <>
                    <dt>{labels.reference}</dt>
                    <dd>{entry.reference}</dd>
                  </>
                )}
                <dt>{labels.next}</dt>
                <dd>{nextStep(entry)}</dd>
              </dl>
              <button type="button" className="link-button" onClick={() => save(removeEntry(entries, entry.id))}>
                {labels.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="journal__form" onSubmit={onAdd}>
        <label htmlFor="journal-kind">{labels.kind}</label>
        <select id="journal-kind" name="kind" defaultValue="report">
          {JOURNAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kinds[kind]}
            </option>
          ))}
        </select>
        <label htmlFor="journal-place">{labels.place}</label>
        <input id="journal-place" name="place" list="journal-places" required maxLength={80} autoComplete="off" />
        <datalist id="journal-places">
          {places.map((place) => (
            <option key={place} value={place} />
          ))}
          <option value={labels.placeOther} />
        </datalist>
        <label htmlFor="journal-date">{labels.date}</label>
        <input id="journal-date" name="date" type="date" defaultValue={today} max={today} required />
        <label htmlFor="journal-reference">{labels.reference}</label>
        <p className="hint" id="journal-reference-hint">
          {labels.referenceHint}
        </p>
        <input id="journal-reference" name="reference" maxLength={120} autoComplete="off" aria-describedby="journal-reference-hint" />
        <button type="submit" className="button button--secondary">
          {labels.add}
        </button>
      </form>
      <div className="journal__actions">
        {entries.length > 0 && (
          <button type="button" className="button button--secondary" onClick={download}>
            {labels.download}
          </button>
        )}
        <ForgetDevice
          labels={{button: labels.deleteAll, confirm: labels.deleteConfirm, yes: labels.deleteYes, no: labels.deleteNo, done: labels.deleted}}
          onForgotten={forgotten}
          clearedHref={linksFor(locale).page(CLEARED_PATH)}
        />
      </div>
    </div>
  );
};
