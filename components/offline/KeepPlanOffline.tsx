'use client';
// Keeps this plan readable offline on this device, only if the person asks; and removes it again.
import {useEffect, useState} from 'react';

const SAVED_PLANS = 'saved-plans'; // the cache the service worker reads (app/sw.ts)

/** `pages`: the static pages the plan's steps link to, kept with it so each step's detail opens offline too. */
type Props = {pages: string[]; labels: {intro: string; keep: string; remove: string; kept: string; removed: string}};

export const KeepPlanOffline = ({pages, labels}: Props) => {
  const [available, setAvailable] = useState(false);
  const [kept, setKept] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    setAvailable(true);
    void caches
      .open(SAVED_PLANS)
      .then((cache) => cache.match(window.location.href))
      .then((hit) => setKept(Boolean(hit)));
  }, []);

  if (!available) return null;
  const keep = async () => {
    await (await caches.open(SAVED_PLANS)).addAll([window.location.href, ...pages]);
    setKept(true);
    setStatus(labels.kept);
  };
  const remove = async () => {
    const cache = await caches.open(SAVED_PLANS);
    await Promise.all([window.location.href, ...pages].map((url) => cache.delete(new URL(url, window.location.href).href)));
    setKept(false);
    setStatus(labels.removed);
  };
  return (
    <div className="keep-offline">
      <p>{labels.intro}</p>
      <button type="button" className="button button--secondary" onClick={kept ? remove : keep}>
        {kept ? labels.remove : labels.keep}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
};
