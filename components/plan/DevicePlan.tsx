'use client';
// The plan page's address without a query: with JavaScript, the answers after `#` are read here and the plan is
// drawn on the device (./plan-in-worker.ts: made in a worker, started as the page opens), so the server never sees
// them. `children` is the page for a link without answers: shown at once when the address has no fragment (and
// without JavaScript); hidden by components/FragmentMark.tsx while a fragment is read, so that "no answers in this
// link" never flashes before a plan.
import {startTransition, useEffect, useState, type ReactNode} from 'react';
import {PlanBody} from './PlanBody';
import {DrawingStatus} from './DrawingStatus';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {useFragmentView, useShowDrawn} from '@/components/on-device/use-fragment-view';
import {planForFragment, startEarly} from './plan-in-worker';

startEarly();

type Props = {locale: string; title: string; preparing: string; failed: string; languages: Language[]; children: ReactNode};

export const DevicePlan = ({locale, title, preparing, failed, languages, children}: Props) => {
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

  if (state.kind !== 'ready') return <DrawingStatus state={state} title={title} status={{preparing, failed}} empty={children} />;
  return (
    <>
      <h1 className="plan-title">{title}</h1>
      <PlanBody view={state.view} languageSwitch={<LanguageLinks languages={languages} fragment={state.hash} />} firstScreen={!whole} />
    </>
  );
};
