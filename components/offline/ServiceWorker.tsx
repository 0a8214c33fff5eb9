'use client';
// Registers the service worker (see app/sw.ts), except on the page "Delete everything" ends on: the person has
// just removed it.
import {useEffect} from 'react';
import {CLEARED_PATH} from '@/lib/security/cleared';

export const ServiceWorker = () => {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || window.location.hostname === '' || window.location.pathname.endsWith(CLEARED_PATH)) return;
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(() => {
      // Offline reading is a bonus: without it the site works as before.
    });
  }, []);
  return null;
};
