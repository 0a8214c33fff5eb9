import {describe, expect, it} from 'vitest';
import {addEntry, readJournal, removeEntry} from '@/lib/journal/journal';

describe('report journal', () => {
  it('reads back what it wrote, sorted by date', () => {
    const journal = addEntry(addEntry([], {id: 'b', place: 'X', date: '2026-11-20', reference: '1'}), {id: 'a', place: 'TikTok', date: '2026-11-02', reference: ''});
    expect(readJournal(JSON.stringify(journal)).map((e) => e.id)).toEqual(['a', 'b']);
    expect(removeEntry(journal, 'a').map((e) => e.id)).toEqual(['b']);
  });

  it.each([null, '', 'not json', '{"a":1}', '[{"id":"x"}]', JSON.stringify([{id: 'x', place: '', date: '2026-11-20', reference: ''}])])(
    'treats tampered storage (%s) as an empty journal',
    (stored) => {
      expect(readJournal(stored)).toEqual([]);
    },
  );
});
