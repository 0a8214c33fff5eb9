'use client';
// "Leave this site": a plain link without JavaScript. With it, the page is hidden at once, the tab is
// replaced by a neutral site (so Back does not return here), and Shift pressed three times does the same.
import {useEffect, useRef, useState, type MouseEvent} from 'react';
import {carriesAnswers, LEFT_KEY} from '@/lib/security/left-guard';

/** `shortcutProgress`: what a screen reader hears after the first and the second press, worded on the server. */
/** `noScriptHint`: added to the hint only where JavaScript does not run (Back can then show the answers again). */
type Props = {
  href: string;
  label: string;
  hint: string;
  noScriptHint: string;
  shortcutAnnouncement: string;
  shortcutProgress: readonly [string, string];
};

const SHIFT_WINDOW_MS = 5000; // as GOV.UK: three presses within five seconds

const leftThisTab = () => {
  try {
    return window.sessionStorage.getItem(LEFT_KEY) !== null;
  } catch {
    return false;
  }
};

const forgetLeaving = () => {
  try {
    window.sessionStorage.removeItem(LEFT_KEY);
  } catch {
    // nothing was kept
  }
};

/** Hides the page, marks the tab as left (no answers in the mark), and replaces the page by the neutral site. */
const leaveFor = (href: string) => {
  document.documentElement.classList.add('leaving');
  try {
    window.sessionStorage.setItem(LEFT_KEY, '1');
  } catch {
    // storage blocked: the page is still replaced
  }
  window.location.replace(href);
};

export const QuickExit = ({href, label, hint, noScriptHint, shortcutAnnouncement, shortcutProgress}: Props) => {
  const [announcement, setAnnouncement] = useState('');
  const presses = useRef<number[]>([]);

  useEffect(() => {
    const leave = () => leaveFor(href);
    // Back may restore a page from the back-forward cache after the person left: if it carries answers, go on
    // to the neutral site at once (such a page must never show again); else show it again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      if (leftThisTab() && carriesAnswers()) leaveFor(href);
      else document.documentElement.classList.remove('leaving');
    };
    // Only a Shift pressed and released on its own counts, and any other key starts the count again:
    // on a French AZERTY keyboard digits need Shift, so typing "13" must never leave the site.
    let shiftAlone = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') {
        if (!event.repeat) shiftAlone = true;
        return;
      }
      shiftAlone = false;
      presses.current = [];
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || !shiftAlone) return;
      shiftAlone = false;
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < SHIFT_WINDOW_MS), now];
      if (presses.current.length >= 3) {
        setAnnouncement(shortcutAnnouncement);
        leave();
      } else {
        setAnnouncement(shortcutProgress[presses.current.length - 1] ?? '');
      }
    };
    // Back, after the person left, may also load a page again: if it carries answers, go on to the neutral
    // site; a page without answers (the home page) shows, and the mark stays for the pages further back.
    // Opening the site on purpose (a link, a typed address) clears the mark.
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (leftThisTab()) {
      if (navigation?.type !== 'back_forward') forgetLeaving();
      else if (carriesAnswers()) leaveFor(href);
    }
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [href, shortcutAnnouncement, shortcutProgress]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    leaveFor(href);
  };

  return (
    <>
      <a className="quick-exit" href={href} rel="noreferrer" onClick={onClick} aria-describedby="quick-exit-hint">
        {label}
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        {hint}
        <noscript> {noScriptHint}</noscript>
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </>
  );
};
