'use client';
// The case file loads after the page has painted: its schema, forms and cryptography are not in the page's
// first-load JavaScript. It shows nothing before it runs in the browser anyway (the device is its only store).
import dynamic from 'next/dynamic';

export const CaseFileLoader = dynamic(() => import('./CaseFileApp').then((module) => module.CaseFileApp), {ssr: false});
