// A platform's ready-to-paste report texts, in the plan's language and in English.
import {CopyableText} from './CopyableText';

type Labels = {writeTitle: string; writeHint: string; writeLabel: string; writeLabelEn: string; copy: string; copied: string};

type ReportProps = {anchorId: string; locale: string; local: string; english?: string; labels: Labels};

/** A platform's report texts, open: on the page of texts, one tap from the plan. */
export const ReportTexts = ({anchorId, locale, local, english, labels}: ReportProps) => (
  <div className="generated">
    <CopyableText id={`${anchorId}-text`} label={labels.writeLabel} text={local} lang={locale} copyLabel={labels.copy} copiedLabel={labels.copied} />
    {english && (
      <CopyableText
        id={`${anchorId}-text-en`}
        label={labels.writeLabelEn}
        text={english}
        lang="en"
        copyLabel={labels.copy}
        copiedLabel={labels.copied}
      />
    )}
  </div>
);
