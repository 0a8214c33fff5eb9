// The page of report texts, from plain data: drawn by the server from a query, and by the device from the answers
// after `#` (./DeviceTexts.tsx).
import type {ReactNode} from 'react';
import type {PlatformTexts} from '@/lib/views/report-texts';
import {ReportTexts} from './GeneratedTexts';

export type TextsPageLabels = {
  pageTitle: string;
  writeHint: string;
  none: string;
  backToPlan: string;
  text: {writeTitle: string; writeHint: string; writeLabel: string; writeLabelEn: string; copy: string; copied: string};
};

type Props = {locale: string; texts: PlatformTexts[]; planHref: string; labels: TextsPageLabels; languageSwitch: ReactNode; fill: ReactNode};

export const TextsPageBody = ({locale, texts, planHref, labels, languageSwitch, fill}: Props) => (
  <>
    {languageSwitch}
    <p>
      <a className="back-link" href={planHref}>
        {labels.backToPlan}
      </a>
    </p>
    <h1>{labels.pageTitle}</h1>
    <p>{labels.writeHint}</p>
    {fill}
    {texts.length === 0 && <p>{labels.none}</p>}
    {texts.map((text) => (
      <section key={text.platform} aria-labelledby={`text-${text.platform}`} className="plan-item">
        <h2 id={`text-${text.platform}`}>{text.name}</h2>
        <ReportTexts anchorId={text.platform} locale={locale} local={text.local} english={text.english} labels={labels.text} />
      </section>
    ))}
  </>
);
