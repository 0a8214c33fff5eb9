'use client';
// Moving the case file to another device: an encrypted file out, with a passphrase the person chooses, and the
// same file in on the other device. The cryptography is the browser's own (lib/journal/case-crypto.ts).
import {useState, type FormEvent} from 'react';
import type {CaseFile} from '@/lib/journal/case-file';
import {MIN_PASSPHRASE_LENGTH} from '@/lib/journal/case-crypto';
import type {JournalLabels} from './labels';
import {fillTemplate} from '@/lib/pdf/template';
import {saveFile} from '@/components/on-device/save-file';

/** `file`: null before the person starts one here; a file from another device can still be opened. */
type Props = {file: CaseFile | null; labels: JournalLabels['transfer']; onImport: (file: CaseFile) => void};

const EXPORT_NAME = 'case-file.json';

export const CaseTransfer = ({file, labels, onImport}: Props) => {
  const [exportStatus, setExportStatus] = useState('');
  const [importStatus, setImportStatus] = useState('');

  const exportFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const passphrase = String(data.get('passphrase') ?? '');
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setExportStatus(labels.tooShort);
    if (passphrase !== data.get('again')) return setExportStatus(labels.mismatch);
    if (!file) return;
    setExportStatus(labels.working);
    const {encryptCaseFile} = await import('@/lib/journal/case-crypto');
    saveFile(new Blob([await encryptCaseFile(file, passphrase)], {type: 'application/json'}), EXPORT_NAME);
    form.reset();
    setExportStatus(labels.exported);
  };

  const importFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const chosen = data.get('file');
    if (!(chosen instanceof File) || chosen.size === 0) return setImportStatus(labels.notACaseFile);
    setImportStatus(labels.working);
    const {decryptCaseFile} = await import('@/lib/journal/case-crypto');
    const result = await decryptCaseFile(await chosen.text(), String(data.get('passphrase') ?? ''));
    if (!result.ok) return setImportStatus(result.reason === 'wrong-passphrase' ? labels.wrongPassphrase : labels.notACaseFile);
    onImport(result.file);
    form.reset();
    setImportStatus(fillTemplate(labels.imported, {count: result.file.records.length}));
  };

  return (
    <details className="journal__more">
      <summary>{labels.title}</summary>
      <p>{labels.intro}</p>
      {file && (
        <form className="journal__form" onSubmit={exportFile}>
          <label htmlFor="transfer-passphrase">{labels.passphrase}</label>
          <input id="transfer-passphrase" name="passphrase" type="password" autoComplete="new-password" minLength={MIN_PASSPHRASE_LENGTH} required />
          <label htmlFor="transfer-again">{labels.passphraseAgain}</label>
          <input id="transfer-again" name="again" type="password" autoComplete="new-password" minLength={MIN_PASSPHRASE_LENGTH} required />
          <button type="submit" className="button button--secondary">
            {labels.export}
          </button>
          <p role="status">{exportStatus}</p>
        </form>
      )}
      <form className="journal__form" onSubmit={importFile} aria-labelledby="transfer-import">
        <h3 id="transfer-import">{labels.importTitle}</h3>
        <p className="hint">{labels.importReplaces}</p>
        <label htmlFor="transfer-file">{labels.file}</label>
        <input id="transfer-file" name="file" type="file" accept="application/json,.json" required />
        <label htmlFor="transfer-import-passphrase">{labels.importPassphrase}</label>
        <input id="transfer-import-passphrase" name="passphrase" type="password" autoComplete="off" required />
        <button type="submit" className="button button--secondary">
          {labels.import}
        </button>
        <p role="status">{importStatus}</p>
      </form>
    </details>
  );
};
