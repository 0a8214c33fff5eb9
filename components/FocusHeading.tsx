'use client';
// Each step of the questions is a new page. With JavaScript, focus starts on the step's heading, so a
// screen reader reads the question first and the next Tab reaches the answers. Skipped when the person
// has already moved the focus, when the link points inside the page, or when an error summary is shown
// (the form focuses the summary instead), and when public/framework-on-touch.js already did it as the page loaded
// (the framework may run long after, and the person may be elsewhere on the page by then).
import {useEffect} from 'react';
import {focusQuietly} from './on-device/focus-quietly';

declare global {
  interface Window {
    recoursHeadingFocused?: boolean;
  }
}

/** A fragment that names an element of the page (not the answers a plan's address carries after `#`). */
const pointsInsidePage = () => {
  const id = window.location.hash.slice(1);
  if (!id) return false;
  try {
    return document.getElementById(decodeURIComponent(id)) !== null;
  } catch {
    return false; // not a name at all
  }
};

export const FocusHeading = () => {
  useEffect(() => {
    if (window.recoursHeadingFocused || document.activeElement !== document.body || pointsInsidePage() || document.querySelector('.error-summary'))
      return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    focusQuietly(heading);
  }, []);
  return null;
};
