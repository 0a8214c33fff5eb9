import {describe, expect, it} from 'vitest';
import {blankField, blankValues, copiesOf, fillBlanks} from '@/lib/journal/fill-blanks';
import type {CaseRecord} from '@/lib/journal/case-file';
import {ALL_MESSAGES as MESSAGES} from '@/i18n/all-messages';

const record = (id: string, link: string): CaseRecord => ({
  id,
  platform: 'X',
  link,
  account: '@someone',
  seen: '',
  payment: '',
  notes: '',
  reports: [{id: `r${id}`, kind: 'copyright', to: 'X', date: '2026-11-10', reference: 'CASE-77', answer: ''}],
});
const about = {description: 'a photo taken in my room', name: 'Sam Doe', contact: 'sam@example.org'};

describe('describe once: the blanks of letters and texts filled on the device', () => {
  it('fills each blank it knows, with every copy of the same content, and leaves conditions alone', () => {
    const first = record('1', 'https://x.com/someone/status/1');
    const records = [first, record('2', 'https://x.com/someone/status/2')];
    const values = blankValues(about, first, copiesOf(records, first));
    const text = [
      'From: [your name], [your email address]',
      'Account that posted it: [account name]',
      '[paste the exact link of each post here, one per line]',
      'The image: [describe it in a few words, without attaching it]',
      'My notice: reference [number received].',
      "[If this is the case:] the person's name: [the person's name]",
    ].join('\n');
    expect(fillBlanks(text, values)).toBe(
      [
        'From: Sam Doe, sam@example.org',
        'Account that posted it: @someone',
        'https://x.com/someone/status/1\nhttps://x.com/someone/status/2',
        'The image: a photo taken in my room',
        'My notice: reference CASE-77.',
        "[If this is the case:] the person's name: [the person's name]",
      ].join('\n'),
    );
  });

  it('leaves a blank as it is when the case file has nothing for it', () => {
    expect(fillBlanks('[account name] · [votre nom]', blankValues({description: '', name: '', contact: ''}, undefined))).toBe(
      '[account name] · [votre nom]',
    );
  });

  it.each(['fr', 'en'] as const)('knows the blanks of every letter and text in %s that the case file can answer', (locale) => {
    const blanks = [...JSON.stringify(MESSAGES[locale]).matchAll(/\[([^\]\\]{1,240})\]/g)].map((match) => match[1] ?? '');
    const fields = new Set(blanks.map(blankField).filter(Boolean));
    // Every kind of blank a case file holds is found in this locale's texts: a reworded blank fails here.
    expect([...fields].sort()).toEqual(['account', 'contact', 'description', 'links', 'name', 'platform', 'reference']);
    // Conditions and the other party's details are never taken for a blank to fill.
    expect(blanks.filter((blank) => /^(if |si |their |son |the person|l'âge|la personne)/i.test(blank)).map(blankField)).toEqual(
      expect.not.arrayContaining(['name', 'account', 'links']),
    );
  });
});
