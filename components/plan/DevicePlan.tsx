'use client';
// The plan page's address without a query: with JavaScript, the answers after `#` are read here and the plan is
// drawn on the device (./device-plan.ts, loaded only then), so the server never sees them. `children` is the page
// for a link without answers: shown at once when the address has no fragment (and without JavaScript); hidden by
// components/FragmentMark.tsx while a fragment is read, so that "no answers in this link" never flashes before a plan.
import {startTransition, useEffect, useRef, useState, type ReactNode} from 'react';
import type {PlanView} from '@/lib/views/plan-view';
import {PlanBody} from './PlanBody';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';

type Props = {locale: string; title: string; preparing: string; failed: string; languages: Language[]; children: ReactNode};

type State = {kind: 'starting'} | {kind: 'empty'} | {kind: 'preparing'} | {kind: 'failed'} | {kind: 'plan'; view: PlanView; hash: string};

export const DevicePlan = ({locale, title, preparing, failed, languages, children}: Props) => {
  const [state, setState] = useState<State>({kind: 'starting'});
  const heading = useRef<HTMLHeadingElement>(null);

  // Once drawn, focus starts on the plan's heading, as on every page (components/FocusHeading.tsx).
  useEffect(() => {
    if (state.kind === 'plan' && document.activeElement === document.body) heading.current?.focus({preventScroll: true});
  }, [state.kind]);

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
        const {devicePlanView} = await import('./device-plan');
        const view = await devicePlanView(locale, hash);
        // A transition: React draws the plan in slices, so a slow phone keeps answering taps meanwhile.
        if (current) startTransition(() => setState(view ? {kind: 'plan', view, hash} : {kind: 'empty'}));
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
  }, [locale]);

  // Before the fragment is read (the server's HTML, and the page until it has loaded).
  if (state.kind === 'starting') return <div className="awaits-device">{children}</div>;
  if (state.kind === 'empty') return children;
  if (state.kind !== 'plan')
    return (
      <>
        <h1 className="plan-title">{title}</h1>
        <p role="status">{state.kind === 'preparing' ? preparing : failed}</p>
      </>
    );
  return (
    <>
      <h1 className="plan-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <PlanBody view={state.view} languageSwitch={<LanguageLinks languages={languages} fragment={state.hash} />} />
    </>
  );
};
