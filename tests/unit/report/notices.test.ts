// Each notice, for named personas and in both locales, carries the elements its law requires, and no more.
import {describe, expect, it} from 'vitest';
import {factsFrom} from '@/lib/plan/facts';
import {noticeLines, noticesFor} from '@/lib/report/notices';
import {answers, renderNotice as render} from './read-notice';

const PERSONAS = {
  // A 16-year-old in France whose image was posted on a website and on X.
  france: 'w=1&c=fr&p=website&p=x&a=15&b=16&k=2',
  // An adult in Ontario: Canada has none of these notices; the platforms' own reports and the 7-day clock apply.
  canada: 'c=ca&r=on&p=instagram&a=24&b=25&k=1',
  // An adult in the US, a deepfake on X.
  us: 'c=us&p=x&a=30&b=30&k=4',
  // A parent in the UK for a child's image.
  uk: 'w=2&c=gb&p=tiktok&a=14&b=15&k=2',
  // Someone threatened, nothing online yet, in the US.
  usNotOnline: 'c=us&p=not-online&a=20&b=20&u=1',
} as const;

describe('who is offered which notice', () => {
  it.each([
    ['france', ['host-notice', 'erasure', 'platform-complaint']],
    ['canada', []],
    ['us', ['take-it-down']],
    ['uk', ['erasure']],
    ['usNotOnline', []],
  ] as const)('%s: %j', (persona, kinds) => {
    expect(noticesFor(factsFrom(answers(PERSONAS[persona])))).toEqual(kinds);
  });
});

describe.each(['fr', 'en'] as const)('in %s', (locale) => {
  it('TAKE IT DOWN Act: signature, identification and location, good-faith statement, contact (47 U.S.C. § 223a)', () => {
    const keys = noticeLines('take-it-down', answers(PERSONAS.us), 'd').map((line) => line.key);
    expect(keys).toEqual(expect.arrayContaining(['signature', 'location', 'goodFaith', 'contact']));
    // A fake is named as a digital forgery, which the Act covers.
    expect(keys).toContain('forgery');
    const text = render('take-it-down', PERSONAS.us, locale);
    expect(text).toContain('/s/');
    expect(text).toMatch(/48/);
    expect(text).toContain('223a');
    // Nothing the Act does not ask for: no age, no address, no phone number.
    expect(text).not.toMatch(/\b30\b/);
    expect(text).not.toMatch(/adresse postale|postal address|téléphone|phone/i);
  });

  it('GDPR erasure: the data (links), the ground, the one-month answer, identity only on doubt (art. 17, 12)', () => {
    const text = render('erasure', PERSONAS.france, locale);
    expect(text).toMatch(/17/);
    expect(text).toMatch(/12\D+3/);
    expect(text).toMatch(/12\D+6/);
    // Made at 15 in France: article 51 of the Loi Informatique et Libertés.
    expect(text).toMatch(/51/);
    // Ages are not needed for erasure: not asked, not given.
    expect(text).not.toMatch(/\b15\b|\b16\b/);
    const uk = render('erasure', PERSONAS.uk, locale);
    expect(uk).toContain('UK GDPR');
    expect(uk).not.toMatch(/\b51\b/);
    // A parent writes for their child.
    expect(noticeLines('erasure', answers(PERSONAS.uk), 'd').map((line) => line.key)).toContain('senderParent');
  });

  it('DSA internal complaint: the notice and decision it answers, the reasons, the request, and articles 21 and 53', () => {
    const keys = noticeLines('platform-complaint', answers(PERSONAS.france), 'd').map((line) => line.key);
    expect(keys).toEqual(expect.arrayContaining(['reference', 'reasons', 'request', 'next', 'agesBoth', 'consent.sent-privately']));
    const text = render('platform-complaint', PERSONAS.france, locale);
    expect(text).toMatch(/20/);
    expect(text).toMatch(/21/);
    expect(text).toMatch(/53/);
  });

  it('DSA article 16 notice: reasons, exact URLs, name and e-mail, good faith', () => {
    const keys = noticeLines('host-notice', answers(PERSONAS.france), 'd').map((line) => line.key);
    expect(keys).toEqual(expect.arrayContaining(['urls', 'sender', 'goodFaith', 'reasonsIntro']));
  });

  it('every line of every notice is worded, for every persona', () => {
    for (const query of Object.values(PERSONAS)) {
      for (const kind of ['host-notice', 'platform-complaint', 'take-it-down', 'erasure'] as const) {
        expect(() => render(kind, query, locale)).not.toThrow();
        expect(render(kind, query, locale), `${kind} ${query}`).not.toMatch(/\{|\}|undefined/);
      }
    }
  });
});
