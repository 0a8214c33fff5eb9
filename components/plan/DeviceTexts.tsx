'use client';
// The page of texts at its address without a query: with JavaScript, the answers after `#` are read here and the
// texts written on the device (./device-companions.ts, loaded only then). `children` is the page for a link
// without answers, as on the plan (./DevicePlan.tsx).
import type {ReactNode} from 'react';
import {LanguageLinks, type Language} from '@/components/LanguageLinks';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import type {JournalLabels} from '@/components/journal/labels';
import {loadEarly, useFragmentView, useShowDrawn} from '@/components/on-device/use-fragment-view';
import {TextsPageBody, type TextsPageLabels} from './TextsPageBody';
import {DrawingStatus} from './DrawingStatus';

const builders = loadEarly(() => import('./device-companions'));

type Props = {
  locale: string;
  labels: TextsPageLabels;
  fill: JournalLabels['fill'];
  status: {preparing: string; failed: string};
  languages: Language[];
  children: ReactNode;
};

export const DeviceTexts = ({locale, labels, fill, status, languages, children}: Props) => {
  const state = useFragmentView(async (hash) => (await builders()).deviceTextsView(locale, hash));
  useShowDrawn(state.kind === 'ready' ? state.hash : '');
  if (state.kind !== 'ready') return <DrawingStatus state={state} title={labels.pageTitle} status={status} empty={children} />;
  return (
    <TextsPageBody
      locale={locale}
      texts={state.view.texts}
      planHref={state.view.planHref}
      labels={labels}
      languageSwitch={<LanguageLinks languages={languages} fragment={state.hash} />}
      fill={<FillFromCaseFile labels={fill} />}
    />
  );
};
