'use client';
// The plan page's address without a query: with JavaScript, the answers after `#` are read here and the plan is
// drawn on the device (./device-plan.ts, loaded only then), so the server never sees them. `children` is the page
// for a link without answers: shown at once when the address has no fragment (and without JavaScript); hidden by
// components/FragmentMark.tsx while a fragment is read, so that "no answers in this link" never flashes before a plan.
import type {ReactNode} from 'react';
import {PlanBody} from './PlanBody';
import {DrawingStatus} from './DrawingStatus';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {useFragmentView, useShowDrawn} from '@/components/on-device/use-fragment-view';

type Props = {locale: string; title: string; preparing: string; failed: string; languages: Language[]; children: ReactNode};

export const DevicePlan = ({locale, title, preparing, failed, languages, children}: Props) => {
  const state = useFragmentView(async (hash) => (await import('./device-plan')).devicePlanView(locale, hash));
  useShowDrawn(state.kind === 'ready' ? state.hash : '');

  if (state.kind !== 'ready') return <DrawingStatus state={state} title={title} status={{preparing, failed}} empty={children} />;
  return (
    <>
      <h1 className="plan-title">{title}</h1>
      <PlanBody view={state.view} languageSwitch={<LanguageLinks languages={languages} fragment={state.hash} />} />
    </>
  );
};
