'use client';
// Registers the service worker that keeps visited guides readable offline (see app/sw.ts).
import {useEffect} from 'react';

export const ServiceWorker = () => {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || window.location.hostname === '') return;
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(() => {
      // Offline reading is a bonus: without it the site works as before.
    });
  }, []);
  return null;
};
