'use client';
// Reads the answers after `#` and makes what the device draws from them (a plan, its texts, its letters), again
// when the fragment changes. `make` is loaded and run only when there is a fragment; it answers undefined when the
// fragment holds no answers. The result is set in a transition: a slow phone keeps answering taps meanwhile.
import {startTransition, useEffect, useRef, useState} from 'react';
import {showPart} from './show-part';
import {focusQuietly} from './focus-quietly';

/**
 * A page's builders, loaded at once when the address carries a fragment: they then arrive while the page is
 * hydrated rather than after it. Without a fragment nothing is loaded until `load` is called.
 */
export const loadEarly = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  if (typeof window !== 'undefined' && window.location.hash.length > 1) load().catch(() => undefined);
  return load;
};

export type FragmentView<V> = {kind: 'starting'} | {kind: 'empty'} | {kind: 'preparing'} | {kind: 'failed'} | {kind: 'ready'; view: V; hash: string};

export const useFragmentView = <V>(make: (hash: string) => Promise<V | undefined>): FragmentView<V> => {
  const [state, setState] = useState<FragmentView<V>>({kind: 'starting'});
  const maker = useRef(make);

  useEffect(() => {
    let current = true;
    const draw = async () => {
      const hash = window.location.hash;
      if (hash.length < 2) {
        setState({kind: 'empty'});
        return;
      }
      setState({kind: 'preparing'});
      try {
        const view = await maker.current(hash);
        if (current) startTransition(() => setState(view === undefined ? {kind: 'empty'} : {kind: 'ready', view, hash}));
      } catch {
        if (current) setState({kind: 'failed'});
      }
    };
    void draw();
    window.addEventListener('hashchange', draw);
    return () => {
      current = false;
      window.removeEventListener('hashchange', draw);
    };
  }, []);
  return state;
};

/**
 * Once a page is drawn from its fragment: the part the fragment names is shown (`to=`); otherwise focus starts on
 * the page's heading, as on every page (components/FocusHeading.tsx), unless the person has moved it already.
 */
export const useShowDrawn = (hash: string) => {
  useEffect(() => {
    if (!hash || showPart(hash) || document.activeElement !== document.body) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    focusQuietly(heading);
  }, [hash]);
};
