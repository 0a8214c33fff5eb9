import {describe, expect, it} from 'vitest';
import {addEntry, dueOf, JOURNAL_KINDS, kindOf, readJournal, removeEntry} from '@/lib/journal/journal';

describe('report journal', () => {
  it('reads back what it wrote, sorted by date', () => {
    const journal = addEntry(addEntry([], {id: 'b', place: 'X', date: '2026-11-20', reference: '1'}), {
      id: 'a',
      place: 'TikTok',
      date: '2026-11-02',
      reference: '',
    });
    expect(readJournal(JSON.stringify(journal)).map((e) => e.id)).toEqual(['a', 'b']);
    expect(removeEntry(journal, 'a').map((e) => e.id)).toEqual(['b']);
  });

  it.each([
    null,
    '',
    'not json',
    '{"a":1}',
    '[{"id":"x"}]',
    JSON.stringify([{id: 'x', place: '', date: '2026-11-20', reference: ''}]),
    JSON.stringify([{id: 'x', kind: 'lawsuit', place: 'X', date: '2026-11-20', reference: ''}]),
  ])('treats tampered storage (%s) as an empty journal', (stored) => {
    expect(readJournal(stored)).toEqual([]);
  });

  it('keeps entries written before kinds existed, as reports', () => {
    const [entry] = readJournal(JSON.stringify([{id: 'old', place: 'X', date: '2026-11-20', reference: ''}]));
    expect(entry && kindOf(entry)).toBe('report');
    expect(entry && dueOf(entry)).toBe('2026-11-27');
  });

  it.each([
    ['report', '2026-11-20', '2026-11-27'],
    ['host-notice', '2026-11-20', '2026-11-27'],
    ['take-it-down', '2026-11-20', '2026-11-23'],
    ['erasure', '2026-11-20', '2026-12-22'], // the month's last day, Sunday 20 December, moves to Monday 21: from the 22nd
    ['copyright', '2026-11-20', '2026-11-27'],
    ['cnil', '2026-11-20', '2026-12-11'],
    ['refusal', '2026-11-20', '2027-05-20'],
  ] as const)('a %s sent on %s has its deadline on %s', (kind, date, due) => {
    expect(JOURNAL_KINDS).toContain(kind);
    expect(dueOf({kind, date})).toBe(due);
  });
});
