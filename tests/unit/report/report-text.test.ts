import {describe, expect, it} from 'vitest';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {hostNoticeLines, reportTextLines} from '@/lib/report/report-text';

const answers = (query: string) => parseAnswers(new URLSearchParams(query)).answers;
const keys = (lines: {key: string}[]) => lines.map((l) => l.key);
const lookup = (messages: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('reportTextLines', () => {
  it('gives the four points: who, ages, consent, removal — and the broken rule', () => {
    const lines = reportTextLines(answers('c=fr&p=x&a=15&b=16&k=2'), 'Non-consensual nudity');
    expect(keys(lines)).toEqual([
      'greeting',
      'identity',
      'agesBoth',
      'consent.sent-privately',
      'minor',
      'policy',
      'request',
      'links',
      'account',
      'thanks',
    ]);
    expect(lines.find((l) => l.key === 'agesBoth')?.values).toEqual({ageMade: '15', ageNow: '16'});
    expect(lines.find((l) => l.key === 'policy')?.values).toEqual({policy: 'Non-consensual nudity'});
  });

  it('leaves blanks for what the app never asks, and for ages not given', () => {
    const lines = keys(reportTextLines(answers('c=ca&p=reddit'), undefined));
    expect(lines).toContain('agesPlaceholder');
    expect(lines).toContain('consent.notSaid');
    expect(lines).toContain('policyGeneric');
    expect(lines).not.toContain('minor');
  });

  it('words a fake and a self-published image differently', () => {
    expect(keys(reportTextLines(answers('k=4&a=30&b=30'), undefined))).toContain('consent.fake');
    expect(keys(reportTextLines(answers('k=3&a=30&b=30'), undefined))).toContain('consent.self-published');
  });
});

describe('hostNoticeLines (DSA article 16)', () => {
  it('has reasons with the law, exact URLs, name and email, and a good-faith statement', () => {
    const lines = keys(hostNoticeLines(answers('c=fr&p=website&a=25&b=26&k=1'), '24 novembre 2026'));
    expect(lines).toEqual(expect.arrayContaining(['urls', 'lawIntimate', 'sender', 'goodFaith', 'date']));
    expect(lines).not.toContain('senderMinor');
    expect(lines).not.toContain('lawMinor');
  });

  it('cites the deepfake article for a fake, and says name and email are optional for minors', () => {
    const lines = keys(hostNoticeLines(answers('c=fr&p=website&a=15&b=15&k=4'), '24 novembre 2026'));
    expect(lines).toEqual(expect.arrayContaining(['lawDeepfake', 'lawMinor', 'senderMinor']));
    expect(lines).not.toContain('lawIntimate');
  });

  it('outside France, names no French law: the EU-wide grounds and a blank for the law of the country', () => {
    for (const query of ['c=other&p=website&a=25&b=26&k=1', 'c=other&p=website&a=15&b=15&k=4', 'p=website&k=3']) {
      const lines = hostNoticeLines(answers(query), 'd');
      const text = lines.map((l) => lookup(fr, `HostNotice.${l.key}`)).join('\n');
      expect(text, query).not.toMatch(/Code pénal|propriété intellectuelle/);
    }
  });

  it('for content a person published themselves: withdrawal of consent to the host, the law against re-uploads', () => {
    const lines = keys(hostNoticeLines(answers('c=fr&p=onlyfans&a=25&b=26&k=3'), 'd'));
    expect(lines).toEqual(expect.arrayContaining(['lawSelfPublished', 'lawReupload']));
    expect(lines).not.toContain('lawIntimate');
  });

  it('uses only keys that exist in both locales', () => {
    const all = [
      ...['c=other&a=15&b=16&k=3', 'c=other&a=15&b=16&k=1', 'c=fr&a=15&k=3'].flatMap((q) =>
        hostNoticeLines(answers(q), 'd').map((l) => `HostNotice.${l.key}`),
      ),
      ...reportTextLines(answers('a=15&b=16&k=1'), 'x').map((l) => `ReportText.${l.key}`),
      ...['never-agreed', 'sent-privately', 'self-published', 'fake', 'notSaid'].map((c) => `ReportText.consent.${c}`),
      ...hostNoticeLines(answers('a=15&b=16&k=4'), 'd').map((l) => `HostNotice.${l.key}`),
      ...hostNoticeLines(answers('k=1'), 'd').map((l) => `HostNotice.${l.key}`),
    ];
    for (const key of all) {
      expect(typeof lookup(fr, key), `fr ${key}`).toBe('string');
      expect(typeof lookup(en, key), `en ${key}`).toBe('string');
    }
  });
});
