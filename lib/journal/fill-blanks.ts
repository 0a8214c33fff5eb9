// "Describe once": the blanks of the letters and texts ("[account name]", "[paste each link here…]") filled, on the
// device, from what the person wrote in the case file. A blank with nothing to fill it stays as it is, and a
// bracket that is a condition ("[If this is the case:]") is never a blank.
import type {CaseAbout, CaseRecord} from './case-file';

export type BlankField = 'links' | 'account' | 'platform' | 'reference' | 'description' | 'name' | 'contact';

/** Each blank, by the words it opens with, in every locale. */
const BLANKS: readonly {field: BlankField; opens: readonly string[]}[] = [
  {field: 'links', opens: ['paste ', 'collez ']},
  {field: 'account', opens: ['account name', 'nom du compte']},
  {
    field: 'platform',
    opens: [
      'platform name',
      'platform or site name',
      'name of the site or host',
      'nom de la plateforme',
      'nom du site ou de l’hébergeur',
      "nom du site ou de l'hébergeur",
    ],
  },
  {field: 'reference', opens: ['number received', 'numéro reçu']},
  {field: 'description', opens: ['describe it in a few words', 'décrivez-la en quelques mots']},
  // The sender's own name only: "[their name]" and "[the person's name]" stay for the person to write.
  {field: 'name', opens: ['your name', 'full name', 'votre nom', 'nom complet']},
  {field: 'contact', opens: ['your email address', 'an email address', 'votre adresse e-mail', 'une adresse e-mail']},
];

export const blankField = (inside: string): BlankField | undefined => {
  const words = inside.trim().toLowerCase();
  return BLANKS.find(({opens}) => opens.some((start) => words.startsWith(start)))?.field;
};

export type BlankValues = Partial<Record<BlankField, string>>;

/** What a record and the "describe once" answers can fill. The links of every copy of the same platform and account. */
export const blankValues = (about: CaseAbout, record: CaseRecord | undefined, copies: CaseRecord[] = []): BlankValues => {
  const links = [record, ...copies].flatMap((r) => (r?.link ? [r.link] : []));
  const reference = record?.reports.findLast((report) => report.reference)?.reference;
  return {
    links: [...new Set(links)].join('\n'),
    account: record?.account,
    platform: record?.platform,
    reference,
    description: about.description,
    name: about.name,
    contact: about.contact,
  };
};

const BLANK = /\[([^\]\n]{1,240})\]/g;

/** The text with each blank that has a value replaced by it; the rest unchanged. */
export const fillBlanks = (text: string, values: BlankValues): string =>
  text.replace(BLANK, (whole, inside: string) => {
    const field = blankField(inside);
    const value = field && values[field]?.trim();
    return value ? value : whole;
  });

/** The records that are copies of the same content as `record`: same platform and account. */
export const copiesOf = (records: CaseRecord[], record: CaseRecord): CaseRecord[] =>
  records.filter((other) => other.id !== record.id && other.platform === record.platform && other.account === record.account);
