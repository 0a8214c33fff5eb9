'use client';
// The case file, kept only in this browser: off until the person turns it on; one record per link or account;
// "describe once"; a PDF for the police and an encrypted file for another device, both made here; "Delete
// everything" removes it with everything else this site kept on the device (components/device/forget-device.ts).
import {useState} from 'react';
import {addRecord, addReport, emptyCaseFile, newCopy, removeRecord, removeReport, setAbout} from '@/lib/journal/case-file';
import {formatDate, toIsoDate} from '@/lib/dates';
import {ForgetDevice} from '@/components/device/ForgetDevice';
import {CLEARED_PATH} from '@/lib/security/cleared';
import {linksFor} from '@/lib/links';
import {useCaseFile} from './use-case-file';
import {RecordForm} from './RecordForm';
import {RecordCard} from './RecordCard';
import {AboutForm} from './AboutForm';
import {CaseTransfer} from './CaseTransfer';
import {WatchForCopies} from './WatchForCopies';
import {saveFile} from '@/components/on-device/save-file';
import type {JournalLabels} from './labels';

type Props = {places: string[]; locale: string; labels: JournalLabels};

export const CaseFileApp = ({places, locale, labels}: Props) => {
  const {ready, available, file, save, forget} = useCaseFile();
  const [status, setStatus] = useState('');
  // The page may be static: the day is read in the browser, once, when the case file loads.
  const [today] = useState(() => toIsoDate(new Date()));
  if (!ready) return null;
  if (!available) return <p>{labels.storageUnavailable}</p>;
  const format = (iso: string) => formatDate(iso, locale);
  // Watching for copies keeps nothing: it is there whether or not a case file was started.
  const watch = <WatchForCopies labels={labels.watch} today={today} />;
  const transfer = <CaseTransfer file={file} labels={labels.transfer} onImport={save} />;
  const forgetDevice = (
    <ForgetDevice
      labels={{button: labels.deleteAll, confirm: labels.deleteConfirm, yes: labels.deleteYes, no: labels.deleteNo, done: labels.deleted}}
      onForgotten={() => {
        forget();
        setStatus(labels.deleted);
      }}
      clearedHref={linksFor(locale).page(CLEARED_PATH)}
    />
  );

  if (file === null) {
    return (
      <>
        <p>{labels.intro}</p>
        {status && <p role="status">{status}</p>}
        <p>
          <button type="button" className="button button--secondary" onClick={() => save(emptyCaseFile())}>
            {labels.enable}
          </button>
        </p>
        {transfer}
        {watch}
      </>
    );
  }

  const downloadPdf = async () => {
    const {caseFilePdf} = await import('./print-case-file');
    saveFile(await caseFilePdf(file, labels, format, today), 'case-file.pdf');
  };

  return (
    <div className="journal">
      <AboutForm about={file.about} labels={labels.about} onSave={(about) => save(setAbout(file, about))} />
      <h2>{labels.records}</h2>
      {file.records.length === 0 ? (
        <p>{labels.empty}</p>
      ) : (
        <ol className="journal__entries">
          {file.records.map((record) => (
            <RecordCard
              key={record.id}
              record={record}
              labels={labels}
              today={today}
              format={format}
              onAddReport={(report) => save(addReport(file, record.id, report))}
              onRemoveReport={(reportId) => save(removeReport(file, record.id, reportId))}
              onNewCopy={(link) => save(newCopy(file, record.id, {id: crypto.randomUUID(), reportId: crypto.randomUUID(), link, today}))}
              onRemove={() => save(removeRecord(file, record.id))}
            />
          ))}
        </ol>
      )}
      <RecordForm
        labels={labels.record}
        places={places}
        today={today}
        onAdd={(record) => {
          save(addRecord(file, record));
          setStatus(labels.record.added);
        }}
      />
      <p role="status">{status}</p>
      <div className="journal__actions">
        {file.records.length > 0 && (
          <button type="button" className="button button--secondary" onClick={downloadPdf}>
            {labels.pdf.download}
          </button>
        )}
        {transfer}
        {forgetDevice}
      </div>
      {watch}
    </div>
  );
};
