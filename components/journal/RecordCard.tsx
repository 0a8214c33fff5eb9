'use client';
// One link or account in the case file: what is known of it, each report sent with its next step, a form to note
// another one, and "new copy found", which sends the same request again for a new link with its own clock.
import type {FormEvent} from 'react';
import {JOURNAL_KINDS, type JournalKind} from '@/lib/journal/journal';
import {LIMITS, nextOf, type CaseRecord, type CaseReport} from '@/lib/journal/case-file';
import type {IsoDate} from '@/lib/dates';
import type {JournalLabels} from './labels';
import {fillTemplate} from '@/lib/pdf/template';

type Props = {
  record: CaseRecord;
  labels: JournalLabels;
  today: IsoDate;
  format: (iso: IsoDate) => string;
  onAddReport: (report: CaseReport) => void;
  onRemoveReport: (reportId: string) => void;
  onNewCopy: (link: string) => void;
  onRemove: () => void;
};

const field = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

export const RecordCard = ({record, labels, today, format, onAddReport, onRemoveReport, onNewCopy, onRemove}: Props) => {
  const prefix = `record-${record.id}`;
  const nextStep = (report: CaseReport) => {
    const next = nextOf(report);
    return fillTemplate(labels.nextSteps[next.kind], {date: format(next.on)});
  };

  const addReport = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = field(data, 'date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    onAddReport({
      id: crypto.randomUUID(),
      kind: JOURNAL_KINDS.find((kind) => kind === data.get('kind')) ?? 'report',
      to: field(data, 'to') || record.platform,
      date,
      reference: field(data, 'reference'),
      answer: field(data, 'answer'),
    });
    event.currentTarget.reset();
  };

  const newCopy = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const link = field(new FormData(event.currentTarget), 'link');
    if (link) onNewCopy(link);
    event.currentTarget.reset();
  };

  const details: [string, string][] = [
    [labels.record.link, record.link],
    [labels.record.account, record.account],
    [labels.record.seen, record.seen && format(record.seen)],
    [labels.record.payment, record.payment],
    [labels.record.notes, record.notes],
  ];

  return (
    <li className="journal__entry" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="journal__what">
        {record.platform}
        {record.account && ` · ${record.account}`}
      </h3>
      <dl>
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="journal__value">{value}</dd>
            </div>
          ))}
      </dl>
      <h4>{labels.record.reports}</h4>
      {record.reports.length === 0 ? (
        <p>{labels.record.noReport}</p>
      ) : (
        <ol className="journal__reports">
          {record.reports.map((report) => (
            <li key={report.id} className="journal__report">
              <p>
                <strong>{format(report.date)}</strong> · {labels.kinds[report.kind]} · {report.to}
              </p>
              {report.reference && (
                <p>
                  {labels.report.reference} — {report.reference}
                </p>
              )}
              {report.answer && <p>{report.answer}</p>}
              <p>
                {labels.next} — {nextStep(report)}
              </p>
              <button type="button" className="link-button" onClick={() => onRemoveReport(report.id)}>
                {labels.report.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <details className="journal__more">
        <summary>{labels.report.addTitle}</summary>
        <form className="journal__form" onSubmit={addReport}>
          <label htmlFor={`${prefix}-kind`}>{labels.report.kind}</label>
          <select id={`${prefix}-kind`} name="kind" defaultValue={'report' satisfies JournalKind}>
            {JOURNAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {labels.kinds[kind]}
              </option>
            ))}
          </select>
          <label htmlFor={`${prefix}-to`}>{labels.report.to}</label>
          <input id={`${prefix}-to`} name="to" defaultValue={record.platform} maxLength={LIMITS.to} autoComplete="off" />
          <label htmlFor={`${prefix}-date`}>{labels.report.date}</label>
          <input id={`${prefix}-date`} name="date" type="date" defaultValue={today} max={today} required />
          <label htmlFor={`${prefix}-reference`}>{labels.report.reference}</label>
          <input id={`${prefix}-reference`} name="reference" maxLength={LIMITS.reference} autoComplete="off" />
          <label htmlFor={`${prefix}-answer`}>{labels.report.answer}</label>
          <input id={`${prefix}-answer`} name="answer" maxLength={LIMITS.answer} autoComplete="off" />
          <button type="submit" className="button button--secondary">
            {labels.report.add}
          </button>
        </form>
      </details>
      <details className="journal__more">
        <summary>{labels.record.newCopy}</summary>
        <form className="journal__form" onSubmit={newCopy}>
          <p className="hint">{labels.record.newCopyHint}</p>
          <label htmlFor={`${prefix}-copy`}>{labels.record.newCopyLink}</label>
          <input id={`${prefix}-copy`} name="link" inputMode="url" required maxLength={LIMITS.link} autoComplete="off" />
          <button type="submit" className="button button--secondary">
            {labels.record.newCopyAdd}
          </button>
        </form>
      </details>
      <button type="button" className="link-button" onClick={onRemove}>
        {labels.record.remove}
      </button>
    </li>
  );
};
