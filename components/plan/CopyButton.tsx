'use client';
// Copies a text to the clipboard. Shown only once JavaScript runs: without it the text stays selectable.
import {useEffect, useState} from 'react';

type Props = {targetId: string; label: string; done: string};

export const CopyButton = ({targetId, label, done}: Props) => {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), []);
  if (!ready) return null;
  const copy = async () => {
    const target = document.getElementById(targetId);
    // A letter is a block of paragraphs: innerText keeps its line breaks.
    const text = target instanceof HTMLTextAreaElement ? target.value : (target?.innerText ?? '');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      if (target instanceof HTMLTextAreaElement) target.select();
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={copy}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {copied ? done : ''}
      </span>
    </>
  );
};
