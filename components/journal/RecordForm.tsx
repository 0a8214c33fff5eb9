'use client';
// Adds a link or an account to the case file: where, which account, when it was first seen, what was asked or paid.
import type {FormEvent} from 'react';
import {LIMITS, type RecordInput} from '@/lib/journal/case-file';
import {isIsoDate, type IsoDate} from '@/lib/dates';
import type {JournalLabels} from './labels';

type Props = {labels: JournalLabels['record']; places: string[]; today: IsoDate; onAdd: (record: RecordInput) => void};

const field = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

export const RecordForm = ({labels, places, today, onAdd}: Props) => {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const platform = field(data, 'platform');
    if (!platform) return;
    const seen = field(data, 'seen');
    onAdd({
      id: crypto.randomUUID(),
      platform,
      link: field(data, 'link'),
      account: field(data, 'account'),
      seen: isIsoDate(seen) ? seen : '',
      payment: field(data, 'payment'),
      notes: field(data, 'notes'),
    });
    event.currentTarget.reset();
  };

  return (
    <form className="journal__form" onSubmit={submit} aria-labelledby="record-add">
      <h3 id="record-add">{labels.addTitle}</h3>
      <label htmlFor="record-platform">{labels.platform}</label>
      <input id="record-platform" name="platform" list="record-platforms" required maxLength={LIMITS.platform} autoComplete="off" />
      <datalist id="record-platforms">
        {/* Suggestions for the field above, which has the label: a datalist's options have none of their own. */}
        {places.map((place) => (
          // oxlint-disable-next-line jsx-a11y/control-has-associated-label
          <option key={place} value={place} />
        ))}
        {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label */}
        <option value={labels.platformOther} />
      </datalist>
      <label htmlFor="record-link">{labels.link}</label>
      <p className="hint" id="record-link-hint">
        {labels.linkHint}
      </p>
      <input id="record-link" name="link" inputMode="url" maxLength={LIMITS.link} autoComplete="off" aria-describedby="record-link-hint" />
      <label htmlFor="record-account">{labels.account}</label>
      <input id="record-account" name="account" maxLength={LIMITS.account} autoComplete="off" />
      <label htmlFor="record-seen">{labels.seen}</label>
      <input id="record-seen" name="seen" type="date" max={today} />
      <label htmlFor="record-payment">{labels.payment}</label>
      <p className="hint" id="record-payment-hint">
        {labels.paymentHint}
      </p>
      <input id="record-payment" name="payment" maxLength={LIMITS.payment} autoComplete="off" aria-describedby="record-payment-hint" />
      <label htmlFor="record-notes">{labels.notes}</label>
      <p className="hint" id="record-notes-hint">
        {labels.notesHint}
      </p>
      <textarea id="record-notes" name="notes" rows={3} maxLength={LIMITS.notes} aria-describedby="record-notes-hint" />
      <button type="submit" className="button button--secondary">
        {labels.add}
      </button>
    </form>
  );
};
