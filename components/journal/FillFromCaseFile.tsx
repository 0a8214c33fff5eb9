'use client';
// "Describe once", where the texts are copied: on the device, the blanks of this page's letters and texts are
// filled from the case file, for the link or account the person picks. Shown only when a case file holds
// something; nothing is sent, and "put the blanks back" restores the texts as the page gave them.
import {useEffect, useRef, useState} from 'react';
import type {CaseFile} from '@/lib/journal/case-file';
import {blankValues, copiesOf, fillBlanks} from '@/lib/journal/fill-blanks';
import {CASE_FILE_STORAGE_KEY, OLD_JOURNAL_STORAGE_KEY} from '@/lib/journal/storage-keys';
import './case-file.css';
import type {JournalLabels} from './labels';
import {fillTemplate} from '@/lib/pdf/template';

/** Where this site puts a text to copy: a letter's paragraphs, a report text's box. */
const TEXTS = '.letter p, .copyable textarea';
const BLANK = /\[[^\]\n]{1,240}\]/g;

const textOf = (element: Element) => (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? ''));
const setText = (element: Element, text: string) => {
  if (element instanceof HTMLTextAreaElement) element.value = text;
  else element.textContent = text;
};
const blanks = (text: string) => text.match(BLANK)?.length ?? 0;

export const FillFromCaseFile = ({labels}: {labels: JournalLabels['fill']}) => {
  const [file, setFile] = useState<CaseFile | null>(null);
  const [status, setStatus] = useState('');
  const originals = useRef(new Map<Element, string>());

  useEffect(() => {
    try {
      const kept = [CASE_FILE_STORAGE_KEY, OLD_JOURNAL_STORAGE_KEY].some((key) => window.localStorage.getItem(key) !== null);
      if (!kept) return;
    } catch {
      return; // storage blocked: nothing to fill from
    }
    // The case file's reader (and its schema) loads only for a person who keeps one.
    void import('./use-case-file').then(({loadCaseFile}) => {
      const stored = loadCaseFile();
      const about = stored && Object.values(stored.about).some(Boolean);
      if (stored && (stored.records.length > 0 || about)) setFile(stored);
    });
  }, []);
  if (!file) return null;

  const restore = () => {
    originals.current.forEach((text, element) => setText(element, text));
    originals.current.clear();
  };

  const fill = (recordId: string) => {
    restore();
    const record = file.records.find((r) => r.id === recordId);
    const values = blankValues(file.about, record, record ? copiesOf(file.records, record) : []);
    let filled = 0;
    document.querySelectorAll(TEXTS).forEach((element) => {
      const original = textOf(element);
      const text = fillBlanks(original, values);
      if (text === original) return;
      originals.current.set(element, original);
      filled += blanks(original) - blanks(text);
      setText(element, text);
    });
    setStatus(fillTemplate(labels.filled, {count: filled}));
  };

  return (
    <form
      className="fill-blanks no-print"
      aria-labelledby="fill-blanks"
      onSubmit={(event) => {
        event.preventDefault();
        fill(String(new FormData(event.currentTarget).get('record') ?? ''));
      }}
    >
      <h2 id="fill-blanks">{labels.title}</h2>
      <p>{labels.intro}</p>
      {file.records.length > 0 && (
        <>
          <label htmlFor="fill-record">{labels.record}</label>
          <select id="fill-record" name="record">
            {file.records.map((record) => (
              <option key={record.id} value={record.id}>
                {[record.platform, record.account, record.link].filter(Boolean).join(' · ').slice(0, 90)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className="button button--secondary">
        {labels.fill}
      </button>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          restore();
          setStatus('');
        }}
      >
        {labels.undo}
      </button>
      <p role="status">{status}</p>
    </form>
  );
};
