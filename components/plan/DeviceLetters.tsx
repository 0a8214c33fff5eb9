'use client';
// The page of letters at its address without a query: with JavaScript, the answers after `#` are read here and the
// letters written on the device (./device-companions.ts, loaded only then). `children` is the page for a link
// without answers, as on the plan (./DevicePlan.tsx).
import type {ReactNode} from 'react';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import type {JournalLabels} from '@/components/journal/labels';
import {loadEarly, useFragmentView, useShowDrawn} from '@/components/on-device/use-fragment-view';
import {LettersPageBody, type LettersPageLabels} from './LettersPageBody';
import {DrawingStatus} from './DrawingStatus';

const builders = loadEarly(() => import('./device-companions'));

type Props = {
  locale: string;
  labels: LettersPageLabels;
  fill: JournalLabels['fill'];
  status: {preparing: string; failed: string};
  languages: Language[];
  children: ReactNode;
};

export const DeviceLetters = ({locale, labels, fill, status, languages, children}: Props) => {
  const state = useFragmentView(async (hash) => (await builders()).deviceLettersView(locale, hash));
  useShowDrawn(state.kind === 'ready' ? state.hash : '');
  if (state.kind !== 'ready') return <DrawingStatus state={state} title={labels.title} status={status} empty={children} />;
  return (
    <LettersPageBody
      locale={locale}
      notices={state.view.notices}
      planHref={state.view.planHref}
      datesHref={state.view.datesHref}
      labels={labels}
      languageSwitch={<LanguageLinks languages={languages} fragment={state.hash} />}
      fill={<FillFromCaseFile labels={fill} />}
    />
  );
};
