'use client';
// Where JavaScript runs, the whole journey (questions, check, plan, notice) takes one entry in the browser's
// history: a link from one answer page to another replaces the entry instead of adding one, and so does a
// form that asks for it (data-history="replace"; the question form does the same itself). After "Leave this
// site", Back then leads to the page before the journey, never to a page listing the answers. Without
// JavaScript each step adds an entry, as the browse-safely page says.
// With JavaScript, such a link or form never sends the answers either: it goes to the same page in the fragment form,
// drawn on the device. That matters on a page the server drew from an old query link, whose links are in the query
// form: the server saw that first request, and none after it.
import {useEffect} from 'react';
import {fragmentFormOf} from '@/lib/answers/fragment-form';
import {ANSWER_PAGE, canonicalPath} from '@/lib/security/path-spelling';
import {formTarget} from './form-target';

const NOT_A_PAGE = /\/pdf$|\.ics$/;

const isAnswerPage = (url: URL) => {
  const path = canonicalPath(url.pathname);
  return path !== null && ANSWER_PAGE.test(path) && !NOT_A_PAGE.test(path);
};

/** Goes to an answer page in place of this one, in the fragment form where it has one. */
const replaceWith = (url: URL) => {
  const next = fragmentFormOf(url);
  if (next === null) return window.location.replace(url);
  const here = window.location;
  if (next.pathname !== here.pathname || here.search) return window.location.replace(next);
  // Only the fragment differs, which loads nothing: the page is loaded again from its new address.
  window.history.replaceState(window.history.state, '', next);
  window.location.reload();
};

export const JourneyHistory = () => {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || !isAnswerPage(new URL(window.location.href)) || !isAnswerPage(url)) return;
      event.preventDefault();
      replaceWith(url);
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.dataset.history !== 'replace' || form.method !== 'get') return;
      event.preventDefault();
      replaceWith(formTarget(form, event.submitter));
    };
    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('submit', onSubmit);
    };
  }, []);
  return null;
};
