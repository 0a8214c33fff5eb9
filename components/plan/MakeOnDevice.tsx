'use client';
// A file made on the device from the answers after `#` (the PDF fiche, the calendar file), on a plan drawn on the
// device: the code that makes it loads only when the person asks, and the file goes to the browser's downloads.
// Nothing is sent.
import {useState} from 'react';
import type {MadeOnDevice} from '@/lib/views/plan-view';
import {saveFile} from '@/components/on-device/save-file';

type Props = {make: MadeOnDevice; label: string; className?: string};

export const MakeOnDevice = ({make, label, className}: Props) => {
  const [status, setStatus] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const makeIt = async () => {
    setStatus('preparing');
    try {
      const {makeDeviceFile} = await import('./device-files');
      const {blob, name} = await makeDeviceFile(make.file, make.locale, window.location.hash);
      saveFile(blob, name);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void makeIt()} aria-disabled={status === 'preparing'} data-makes={make.file}>
        {label}
      </button>
      <span role="status" className="hint">
        {status === 'preparing' ? make.preparing : status === 'failed' ? make.failed : ''}
      </span>
    </>
  );
};
