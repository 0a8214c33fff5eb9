'use client';
// The case file as React state, read from and written to this browser's storage only.
import {useEffect, useState} from 'react';
import {readCaseFile, type CaseFile} from '@/lib/journal/case-file';
import {CASE_FILE_STORAGE_KEY, OLD_JOURNAL_STORAGE_KEY} from '@/lib/journal/storage-keys';

type Stored = {ready: boolean; available: boolean; file: CaseFile | null};

/** Reads the case file once in the browser; null until the person turns it on. */
export const loadCaseFile = (): CaseFile | null => {
  const file = readCaseFile(window.localStorage.getItem(CASE_FILE_STORAGE_KEY), window.localStorage.getItem(OLD_JOURNAL_STORAGE_KEY));
  return file;
};

export const useCaseFile = () => {
  const [stored, setStored] = useState<Stored>({ready: false, available: true, file: null});

  useEffect(() => {
    try {
      setStored({ready: true, available: true, file: loadCaseFile()});
    } catch {
      setStored({ready: true, available: false, file: null});
    }
  }, []);

  const save = (file: CaseFile) => {
    try {
      window.localStorage.setItem(CASE_FILE_STORAGE_KEY, JSON.stringify(file));
      // Carried into the case file: the old journal's copy goes.
      window.localStorage.removeItem(OLD_JOURNAL_STORAGE_KEY);
      setStored({ready: true, available: true, file});
    } catch {
      setStored((current) => ({...current, available: false}));
    }
  };

  const forget = () => setStored({ready: true, available: true, file: null});

  return {...stored, save, forget};
};
