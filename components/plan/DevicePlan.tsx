'use client';
// The plan page's address without a query: with JavaScript, the answers after `#` are read here and the plan is
// drawn on the device (./plan-in-worker.ts: made in a worker, started as the page opens), so the server never sees
// them. `children` is the page for a link without answers: shown at once when the address has no fragment (and
// without JavaScript); hidden by components/FragmentMark.tsx while a fragment is read, so that "no answers in this
// link" never flashes before a plan.
// On the static page, the first screen is often drawn before React runs (./early): React then leaves it in place
// until its own plan is ready, and draws over it.
import {startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {PlanRest} from './PlanRest';
import {DeviceFirstScreen} from './DeviceFirstScreen';
import {DrawingStatus} from './DrawingStatus';
import type {Language} from '@/components/LanguageLinks';
import {useFragmentView, useShowDrawn} from '@/components/on-device/use-fragment-view';
import {planForFragment, startEarly} from './plan-in-worker';
import {EARLY_BOX, EARLY_TAKEN} from './early/early-messages';
import {handOver} from './early/hand-over';

startEarly();

// The same object at every render: React writes the early box's content only if this changes, so it never does.
const EARLY_CONTENT = {__html: ''};

type Props = {
  locale: string;
  title: string;
  preparing: string;
  /** Under the first screen drawn before React runs: the rest of the plan follows. */
  restComing: string;
  failed: string;
  languages: Language[];
  children: ReactNode;
};

export const DevicePlan = ({locale, title, preparing, restComing, failed, languages, children}: Props) => {
  const state = useFragmentView((hash) => planForFragment(locale, hash));
  const drawnHash = state.kind === 'ready' ? state.hash : '';
  // "Right now" is painted first; the sections follow in a later, interruptible render, so that a slow phone shows
  // what to do at once rather than after the whole plan is laid out.
  const [wholeFor, setWholeFor] = useState('');
  useEffect(() => {
    if (drawnHash) startTransition(() => setWholeFor(drawnHash));
  }, [drawnHash]);
  const whole = drawnHash !== '' && wholeFor === drawnHash;
  useShowDrawn(whole ? drawnHash : '');

  const early = useRef<HTMLDivElement>(null);
  const drawn = useRef<HTMLDivElement>(null);
  const [drawnEarly, setDrawnEarly] = useState(false);
  useLayoutEffect(() => {
    const box = early.current;
    if (!box) return;
    box.setAttribute(EARLY_TAKEN, '');
    setDrawnEarly(box.childElementCount > 0);
  }, []);
  useLayoutEffect(() => {
    const box = early.current;
    if (!box || box.childElementCount === 0 || (state.kind !== 'ready' && state.kind !== 'empty')) return;
    if (drawn.current) handOver(box, drawn.current);
    else box.replaceChildren();
    setDrawnEarly(false);
  }, [state.kind, drawnHash]);

  const earlyBox = (
    <div
      ref={early}
      className="plan-early"
      {...{[EARLY_BOX]: JSON.stringify({title, languages, restComing})}}
      dangerouslySetInnerHTML={EARLY_CONTENT}
      suppressHydrationWarning
    />
  );
  if (state.kind !== 'ready') {
    if (!drawnEarly)
      return (
        <>
          {earlyBox}
          <DrawingStatus state={state} title={title} status={{preparing, failed}} empty={children} />
        </>
      );
    return (
      <>
        {earlyBox}
        {state.kind === 'failed' && <p role="status">{failed}</p>}
      </>
    );
  }
  return (
    <>
      {earlyBox}
      <div ref={drawn} className="plan-drawn">
        <DeviceFirstScreen title={title} view={state.view} languages={languages} hash={state.hash} />
        {whole && <PlanRest view={state.view} />}
      </div>
    </>
  );
};
