'use client';
// The plan's link: always selectable; with JavaScript, a copy button and, where the device has one,
// the native share sheet (Web Share API). With JavaScript, the link shared is in the fragment form, even on a plan
// the server drew from a query link: whoever opens it sends no answer.
import {useEffect, useState} from 'react';
import {fragmentFormOf} from '@/lib/answers/fragment-form';

type Props = {url: string; labels: {link: string; hint: string; copy: string; copied: string; share: string}};

export const ShareLink = ({url: drawnUrl, labels}: Props) => {
  const [url, setUrl] = useState(drawnUrl);
  const [canCopy, setCanCopy] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setUrl(fragmentFormOf(new URL(drawnUrl, window.location.href))?.href ?? drawnUrl), [drawnUrl]);
  useEffect(() => {
    setCanCopy(Boolean(navigator.clipboard));
    setCanShare(typeof navigator.share === 'function');
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      (document.getElementById('plan-link') as HTMLInputElement | null)?.select();
    }
  };
  const share = async () => {
    try {
      await navigator.share({url});
    } catch {
      // The person closed the share sheet: nothing to do.
    }
  };
  return (
    <div className="share">
      <label htmlFor="plan-link">{labels.link}</label>
      <p className="hint" id="plan-link-hint">
        {labels.hint}
      </p>
      <input id="plan-link" type="text" readOnly value={url} aria-describedby="plan-link-hint" onFocus={(e) => e.currentTarget.select()} />
      <div className="share__actions">
        {canCopy && (
          <button type="button" className="button button--secondary" onClick={copy}>
            {labels.copy}
          </button>
        )}
        {canShare && (
          <button type="button" className="button button--secondary" onClick={share}>
            {labels.share}
          </button>
        )}
        <span role="status" className="copy-status">
          {status}
        </span>
      </div>
    </div>
  );
};
