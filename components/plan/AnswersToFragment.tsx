'use client';
// With JavaScript, a plan opened from a query link moves its answers after `#` at once (the URL contract's own
// order): the address the person then reloads, bookmarks or shares no longer sends them, and the plan is drawn
// on the device from then on. The server saw this first request (README, "The URL contract").
import {useEffect} from 'react';

export const AnswersToFragment = ({query}: {query: string}) => {
  useEffect(() => {
    const {pathname, search, hash} = window.location;
    if (!search || hash || !query) return;
    window.history.replaceState(window.history.state, '', `${pathname}#${query}`);
  }, [query]);
  return null;
};
