import {describe, expect, it} from 'vitest';
import {
  addRecord,
  addReport,
  emptyCaseFile,
  newCopy,
  parseCaseFile,
  readCaseFile,
  removeRecord,
  removeReport,
  nextOf,
  type RecordInput,
} from '@/lib/journal/case-file';

const record = (id: string, platform = 'X', extra: Partial<RecordInput> = {}): RecordInput => ({
  id,
  platform,
  link: `https://x.com/someone/status/${id}`,
  account: '@someone',
  seen: '2026-11-02',
  payment: '',
  notes: '',
  ...extra,
});

const report = (id: string, date: string, kind: 'report' | 'copyright' | 'erasure' = 'report') => ({
  id,
  kind,
  to: 'X',
  date,
  reference: `REF-${id}`,
  answer: '',
});

describe('the case file on the device', () => {
  it('is off until the person turns it on', () => {
    expect(readCaseFile(null)).toBeNull();
  });

  it('reads back what it wrote: records, their reports by date, the description', () => {
    let file = addRecord(emptyCaseFile(), record('a'));
    file = addRecord(file, record('b', 'TikTok', {account: '', link: ''}));
    file = addReport(file, 'a', report('r2', '2026-11-20'));
    file = addReport(file, 'a', report('r1', '2026-11-10', 'copyright'));
    file = {...file, about: {description: 'a photo from March 2025', name: '', contact: ''}};
    const read = readCaseFile(JSON.stringify(file));
    expect(read).toEqual(file);
    expect(read?.records[0]?.reports.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(removeReport(file, 'a', 'r1').records[0]?.reports.map((r) => r.id)).toEqual(['r2']);
    expect(removeRecord(file, 'a').records.map((r) => r.id)).toEqual(['b']);
  });

  it('trims what the person typed and cuts it to its limit', () => {
    const file = addRecord(emptyCaseFile(), record('a', '  X  ', {notes: 'n'.repeat(5000)}));
    expect(file.records[0]?.platform).toBe('X');
    expect(file.records[0]?.notes).toHaveLength(1000);
    expect(parseCaseFile(file)).not.toBeNull();
  });

  it.each([
    ['not JSON', 'not json'],
    ['an array', '[]'],
    ['another version', JSON.stringify({...emptyCaseFile(), version: 2})],
    ['a record without a platform', JSON.stringify({...emptyCaseFile(), records: [{...record('a', ''), reports: []}]})],
    [
      'an unknown kind',
      JSON.stringify({...emptyCaseFile(), records: [{...record('a'), reports: [{...report('r', '2026-11-10'), kind: 'lawsuit'}]}]}),
    ],
    ['a date that does not exist', JSON.stringify({...emptyCaseFile(), records: [{...record('a', 'X', {seen: '2026-02-30'}), reports: []}]})],
    ['a 50 kB note', JSON.stringify({...emptyCaseFile(), records: [{...record('a', 'X', {notes: 'x'.repeat(50_000)}), reports: []}]})],
    ['an image', JSON.stringify({...emptyCaseFile(), records: [{...record('a'), reports: [], image: 'data:image/png;base64,AAAA'}]})],
  ])('reads tampered storage (%s) as an empty case file, never a broken page', (_, stored) => {
    const read = readCaseFile(stored);
    expect(read?.records ?? []).toEqual(stored.includes('image') ? expect.any(Array) : []);
    // A record never keeps an image, whatever storage held.
    expect(JSON.stringify(read)).not.toContain('data:image');
  });

  it('carries the old journal into records, one per place, each entry a report', () => {
    const journal = JSON.stringify([
      {id: 'j1', kind: 'erasure', place: 'Snapchat', date: '2026-11-20', reference: 'ABC-123'},
      {id: 'j2', place: 'Snapchat', date: '2026-11-21', reference: ''},
      {id: 'j3', place: 'X', date: '2026-11-22', reference: ''},
    ]);
    const file = readCaseFile(null, journal);
    expect(file?.records.map((r) => [r.platform, r.reports.map((x) => x.kind)])).toEqual([
      ['Snapchat', ['erasure', 'report']],
      ['X', ['report']],
    ]);
    expect(file && parseCaseFile(file)).not.toBeNull();
    // Once a case file exists, the old journal is not read again.
    expect(readCaseFile(JSON.stringify(emptyCaseFile()), journal)?.records).toEqual([]);
  });

  it('a new copy: a record for its link with the same account, and the same request sent today, with its own clock', () => {
    let file = addRecord(emptyCaseFile(), record('a'));
    file = addReport(file, 'a', report('r1', '2026-11-10', 'copyright'));
    file = newCopy(file, 'a', {id: 'c', reportId: 'rc', link: ' https://x.com/other/status/9 ', today: '2026-12-06'});
    const copy = file.records[1];
    expect(copy).toMatchObject({id: 'c', platform: 'X', account: '@someone', link: 'https://x.com/other/status/9', seen: '2026-12-06'});
    expect(copy?.reports).toEqual([{id: 'rc', kind: 'copyright', to: 'X', date: '2026-12-06', reference: '', answer: ''}]);
    expect(copy?.reports.map((report) => nextOf(report).on)).toEqual(['2026-12-13']);
    expect(newCopy(file, 'missing', {id: 'd', reportId: 'rd', link: 'x', today: '2026-12-06'})).toBe(file);
  });
});
