'use client';
// Keeps this plan readable offline on this device, only if the person asks; and removes it again.
import {useEffect, useState} from 'react';

const SAVED_PLANS = 'saved-plans'; // the cache the service worker reads (app/sw.ts)

type Props = {labels: {intro: string; keep: string; remove: string; kept: string; removed: string}};

export const KeepPlanOffline = ({labels}: Props) => {
  const [available, setAvailable] = useState(false);
  const [kept, setKept] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return;
    setAvailable(true);
    void caches.open(SAVED_PLANS).then((cache) => cache.match(window.location.href)).then((hit) => setKept(Boolean(hit)));
  }, []);

  if (!available) return null;
  const keep = async () => {
    await (await caches.open(SAVED_PLANS)).add(window.location.href);
    setKept(true);
    setStatus(labels.kept);
  };
  const remove = async () => {
    await (await caches.open(SAVED_PLANS)).delete(window.location.href);
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
