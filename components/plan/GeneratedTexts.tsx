// The ready-to-paste texts under a plan item: a platform report (in the plan's language and in English),
// or the notice to a host with a link to its printable letter.
import {CopyableText} from './CopyableText';

type Labels = {writeTitle: string; writeHint: string; writeLabel: string; writeLabelEn: string; copy: string; copied: string};

type ReportProps = {anchorId: string; locale: string; local: string; english?: string; labels: Labels};

export const ReportText = ({anchorId, locale, local, english, labels}: ReportProps) => (
  <details className="generated">
    <summary>{labels.writeTitle}</summary>
    <p className="hint">{labels.writeHint}</p>
    <CopyableText id={`${anchorId}-text`} label={labels.writeLabel} text={local} lang={locale} copyLabel={labels.copy} copiedLabel={labels.copied} />
    {english && (
      <CopyableText id={`${anchorId}-text-en`} label={labels.writeLabelEn} text={english} lang="en" copyLabel={labels.copy} copiedLabel={labels.copied} />
    )}
  </details>
);

type NoticeProps = {anchorId: string; locale: string; text: string; printHref: string; labels: {notice: string; print: string; copy: string; copied: string}};

export const HostNotice = ({anchorId, locale, text, printHref, labels}: NoticeProps) => (
  <details className="generated">
    <summary>{labels.notice}</summary>
    <CopyableText id={`${anchorId}-notice`} label={labels.notice} text={text} lang={locale} copyLabel={labels.copy} copiedLabel={labels.copied} />
    <p>
      <a href={printHref}>{labels.print}</a>
    </p>
  </details>
);
