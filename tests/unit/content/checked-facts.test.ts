// Facts fixed after a check against official sources (audit of 2026-11-27): a later edit must not bring the
// old, wrong wording back. Each row names the content entry, what it must say and what it must never say again.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContentLibrary, type ContentEntry} from '@/lib/content/load-content';

const ROOT = join(process.cwd(), 'content');
const LIBRARIES = {fr: loadContentLibrary(ROOT, 'fr'), en: loadContentLibrary(ROOT, 'en')};
const everything = (entry: ContentEntry) =>
  [entry.title, entry.markdown, ...entry.links.map((l) => `${l.label} ${l.url}`), ...entry.phones.map((p) => `${p.label} ${p.hours ?? ''}`), ...entry.sources.map((s) => s.url)].join('\n');

type Row = {fact: string; id: string; locale: 'fr' | 'en'; says?: RegExp; never?: RegExp};

const ROWS: Row[] = [
  {fact: 'sexual deepfakes: the online aggravation', id: 'law-fr', locale: 'fr', says: /226-8-1[^\n]*3 ans et 75 000 €/},
  {fact: 'sexual deepfakes: the online aggravation', id: 'law-fr', locale: 'en', says: /226-8-1[^\n]*3 years and €75,000/},
  {fact: 'images of minors: online distribution', id: 'law-fr', locale: 'fr', says: /227-23[^\n]*7 ans et 100 000 €/},
  {fact: 'images of minors: online distribution', id: 'law-fr', locale: 'en', says: /227-23[^\n]*7 years and €100,000/},
  {fact: 'prosecution on complaint only for 226-1 to 226-2-1 (226-6)', id: 'complaint-fr', locale: 'fr', says: /226-1 à 226-2-1[\s\S]*moins de 18 ans[\s\S]*montage[\s\S]*chantage/, never: /la justice n'agit que sur plainte/},
  {fact: 'prosecution on complaint only for 226-1 to 226-2-1 (226-6)', id: 'complaint-fr', locale: 'en', says: /226-1 to 226-2-1[\s\S]*under 18[\s\S]*montage[\s\S]*blackmail/, never: /can only act on the victim's complaint/},
  {fact: '116 006 opens until 20:00', id: 'complaint-fr', locale: 'fr', says: /9 h à 20 h/, never: /19 ?h/},
  {fact: '116 006 opens until 20:00', id: 'support-fr-adult', locale: 'fr', says: /9 h à 20 h/, never: /19 ?h/},
  {fact: '116 006 opens until 20:00', id: 'support-fr-adult', locale: 'en', says: /8 pm/, never: /7 pm/},
  {fact: "Manitoba's Act was renamed and extended to fake images in 2024", id: 'mb-intimate-images', locale: 'en', says: /Non-Consensual Distribution of Intimate Images Act[\s\S]*2024/},
  {fact: 'Prince Edward Island has an intimate-images statute', id: 'escalate-ca', locale: 'en', says: /Prince Edward Island/},
  {fact: 'Prince Edward Island has an intimate-images statute', id: 'escalate-ca', locale: 'fr', says: /Île-du-Prince-Édouard/},
  {fact: "StopNCII's partner list changes: no dated list", id: 'stopncii', locale: 'fr', never: /Fin 2023/},
  {fact: "StopNCII's partner list changes: no dated list", id: 'stopncii', locale: 'en', never: /end of 2023/},
  {fact: "Kids Help Phone's French keyword is unconfirmed", id: 'support-ca-young', locale: 'fr', never: /écrivez CONNECT/},
  {fact: 'aidez-moisvp.ca is a look-alike of the real domain', id: 'needhelpnow', locale: 'fr', never: /aidez-moisvp\.ca/},
  {fact: 'aidez-moisvp.ca is a look-alike of the real domain', id: 'needhelpnow', locale: 'en', never: /aidez-moisvp\.ca/},
  {fact: 'French-speaking Canadians get the French privacy complaint page', id: 'escalate-ca', locale: 'fr', never: /priv\.gc\.ca\/en\//},
  // The laws of 2025–2026 (issue 25, checked 2026-12-06): each with its official source next to it; what could not be
  // confirmed (a start date, a law not yet adopted) is not claimed.
  {fact: 'Australia: privacy tort from 10 June 2025 (OAIC)', id: 'law-au', locale: 'en', says: /10 June 2025[\s\S]*oaic\.gov\.au\/privacy\/your-privacy-rights\/more-privacy-rights\/statutory-tort/},
  {fact: 'Australia: privacy tort from 10 June 2025 (OAIC)', id: 'law-au', locale: 'fr', says: /10 juin 2025[\s\S]*oaic\.gov\.au\/privacy\/your-privacy-rights\/more-privacy-rights\/statutory-tort/},
  {fact: 'Australia: under-16 accounts from 10 December 2025 (OAIC)', id: 'law-au', locale: 'en', says: /10 December 2025[\s\S]*social-media-minimum-age/},
  {fact: 'Australia: under-16 accounts from 10 December 2025 (OAIC)', id: 'law-au', locale: 'fr', says: /10 décembre 2025[\s\S]*social-media-minimum-age/},
  {fact: 'EU directive 2024/1385, transposition by 14 June 2027 (EUR-Lex)', id: 'law-fr', locale: 'en', says: /2024\/1385[\s\S]*14 June 2027[\s\S]*eur-lex\.europa\.eu\/eli\/dir\/2024\/1385/},
  {fact: 'EU directive 2024/1385, transposition by 14 June 2027 (EUR-Lex)', id: 'law-be', locale: 'fr', says: /2024\/1385[\s\S]*14 juin 2027[\s\S]*eur-lex\.europa\.eu\/eli\/dir\/2024\/1385/},
  {fact: 'England and Wales: s. 66E (legislation.gov.uk), no start date claimed', id: 'law-gb', locale: 'en', says: /66E[\s\S]*legislation\.gov\.uk\/ukpga\/2025\/18\/section\/138/, never: /66E[^\n]*(since|from) \d/},
  {fact: 'England and Wales: s. 66E (legislation.gov.uk), no start date claimed', id: 'law-gb', locale: 'fr', says: /66E[\s\S]*legislation\.gov\.uk\/ukpga\/2025\/18\/section\/138/, never: /66E[^\n]*depuis le \d/},
  {fact: 'the EU ban on nudify apps is not claimed until its adoption is confirmed', id: 'deepfake-tool', locale: 'en', never: /AI Act/},
  {fact: 'the EU ban on nudify apps is not claimed until its adoption is confirmed', id: 'deepfake-tool', locale: 'fr', never: /AI Act|règlement sur l'IA/i},
  {fact: 'only the official addresses of StopNCII and Take It Down', id: 'stopncii', locale: 'en', says: /type stopncii\.org yourself/},
  {fact: 'only the official addresses of StopNCII and Take It Down', id: 'take-it-down', locale: 'fr', says: /tapez vous-même takeitdown\.ncmec\.org/},
  {fact: 'copyright belongs to whoever took the photo (17 U.S.C. 201(a)); X passes on the sender\'s address', id: 'copyright-notice', locale: 'en', says: /street address[\s\S]*section201/},
  {fact: 'copyright belongs to whoever took the photo (17 U.S.C. 201(a)); X passes on the sender\'s address', id: 'copyright-notice', locale: 'fr', says: /adresse postale[\s\S]*section201/},
];

describe('facts checked against official sources stay fixed', () => {
  it.each(ROWS.map((row) => [`${row.id} (${row.locale}): ${row.fact}`, row] as const))('%s', (_name, row) => {
    const entry = LIBRARIES[row.locale].get(row.id);
    expect(entry, `${row.locale}/${row.id} is missing`).toBeDefined();
    const text = everything(entry!);
    if (row.says) expect(text).toMatch(row.says);
    if (row.never) expect(text).not.toMatch(row.never);
  });

  it('no content cites a look-alike domain or a host written with a trailing dot', () => {
    for (const library of Object.values(LIBRARIES)) {
      for (const entry of library.values()) expect(everything(entry), entry.file).not.toMatch(/aidez-moisvp\.ca|https:\/\/[a-z0-9.-]+\.\//);
    }
  });
});
