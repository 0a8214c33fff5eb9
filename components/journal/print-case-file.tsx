// The case file laid out for its PDF, in the browser, when the person asks for it (the renderer loads then).
import type {CaseFile} from '@/lib/journal/case-file';
import {nextOf} from '@/lib/journal/case-file';
import {toPdfPrintable} from '@/lib/pdf/printable';
import type {IsoDate} from '@/lib/dates';
import type {JournalLabels} from './labels';
import {fillTemplate} from '@/lib/pdf/template';
import type {PrintedRecord} from './CaseFilePdf';

export const printedRecords = (file: CaseFile, labels: JournalLabels, format: (iso: IsoDate) => string): PrintedRecord[] =>
  file.records.map((record, index) => ({
    id: record.id,
    heading: fillTemplate(labels.pdf.record, {number: index + 1}),
    lines: (
      [
        [labels.record.platform, record.platform],
        [labels.record.link, record.link],
        [labels.record.account, record.account],
        [labels.record.seen, record.seen && format(record.seen)],
        [labels.record.payment, record.payment],
        [labels.record.notes, record.notes],
      ] satisfies [string, string][]
    )
      .filter(([, value]) => value)
      .map(([label, value]) => [label, toPdfPrintable(value)]),
    reports: record.reports.map((report) => {
      const next = nextOf(report);
      return {
        id: report.id,
        lines: [
          `${format(report.date)} · ${labels.kinds[report.kind]} · ${toPdfPrintable(report.to)}`,
          ...(report.reference ? [`${labels.report.reference} — ${toPdfPrintable(report.reference)}`] : []),
          ...(report.answer ? [`${labels.pdf.answer} — ${toPdfPrintable(report.answer)}`] : []),
          `${labels.next} — ${fillTemplate(labels.nextSteps[next.kind], {date: format(next.on)})}`,
        ],
      };
    }),
  }));

/** The PDF as a file, made on this device. */
export const caseFilePdf = async (file: CaseFile, labels: JournalLabels, format: (iso: IsoDate) => string, today: IsoDate): Promise<Blob> => {
  const [{pdf}, {CaseFilePdf}] = await Promise.all([import('@react-pdf/renderer'), import('./CaseFilePdf')]);
  return pdf(
    <CaseFilePdf
      labels={{
        title: labels.pdf.title,
        madeOn: fillTemplate(labels.pdf.madeOn, {date: format(today)}),
        noImage: labels.pdf.noImage,
        about: labels.pdf.about,
        reports: labels.record.reports,
        noReport: labels.record.noReport,
      }}
      description={toPdfPrintable(file.about.description)}
      records={printedRecords(file, labels, format)}
    />,
  ).toBlob();
};
