// One source for each fact: a phone number is written only in content/phones.yaml. A content text (title, summary,
// voices, link and phone labels, body) names it as {{phone:id}}, {{number:id}} or {{hours:id}}; a number written
// there by hand fails here, with the file and the place.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {loadPhoneRegistry} from '@/lib/content/phone-registry';
import {LOCALES} from '@/i18n/locales';

const ROOT = join(process.cwd(), 'content');
const REGISTRY = loadPhoneRegistry(ROOT);

type Text = {file: string; where: string; text: string};

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );

type RawFrontmatter = {
  title?: string;
  summary?: string;
  policy?: string;
  voices?: Record<string, {title?: string; summary?: string}>;
  links?: {label?: string}[];
  phones?: (string | {label?: string})[];
};

/** The texts a person reads, as written in the file (before the tokens are filled in). Sources are citations: their titles say what the cited page says. */
const textsOf = (path: string): Text[] => {
  const file = relative(ROOT, path);
  const {data, content} = matter(readFileSync(path, 'utf8'), {});
  const front = data as RawFrontmatter;
  const texts: [string, string | undefined][] = [
    ['title', front.title],
    ['summary', front.summary],
    ['policy', front.policy],
    ...Object.entries(front.voices ?? {}).flatMap(([voice, words]): [string, string | undefined][] => [
      [`voices.${voice}.title`, words.title],
      [`voices.${voice}.summary`, words.summary],
    ]),
    ...(front.links ?? []).map((link, index): [string, string | undefined] => [`links.${index}.label`, link.label]),
    ...(front.phones ?? []).map((phone, index): [string, string | undefined] => [`phones.${index}.label`, typeof phone === 'string' ? undefined : phone.label]),
    ...content.split('\n').map((line, index): [string, string] => [`body line ${index + 1}`, line]),
  ];
  return texts.filter((entry): entry is [string, string] => typeof entry[1] === 'string').map(([where, text]) => ({file, where, text}));
};

const TEXTS = LOCALES.flatMap((locale) => markdownFiles(join(ROOT, locale))).flatMap(textsOf);
const outsideTokens = (text: string) => text.replace(/\{\{[^{}]*\}\}/g, ' ');

// A number's digits, with or without spaces, dots or hyphens between them ("3018", "30 18", "1-866-658-9022").
const spaced = (digits: string) => digits.split('').map((digit) => (digit === '+' ? '\\+' : digit)).join('[\\s\\u00a0.-]?');
const writtenForms = (line: {number: string; display?: string | Record<string, string>}) => {
  const displays = line.display === undefined ? [] : typeof line.display === 'string' ? [line.display] : Object.values(line.display);
  return [...new Set([line.number, ...displays].map((form) => form.replace(/[^\d+]/g, '')))];
};

/**
 * What a short code (up to four digits: 17, 112, 3018) is when it is not a phone number: the only exceptions this
 * test makes, each for a reason. A longer number is always a phone number.
 */
const NOT_A_PHONE: {reason: string; before?: RegExp; after?: RegExp}[] = [
  {reason: 'an age, a duration, an amount or a date (17 ans, 24 hours, 000 €, 17 October)', after: /^\s*(ans?\b|years?|year-old|h\b|heures?|hours?|%|€|\$|mois|months?|jours?|days?|minutes?|km|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December|et plus|and over|ou plus|or over)/i},
  {reason: 'a range of ages (12 to 17, 12 à 17 ans)', before: /\d\s*(to|à|-|–)\s*$/},
  {reason: 'a group of thousands (30 000 $)', before: /\d[\s\u00a0]$/},
  {reason: 'an article, a section or a law (article 17, 17 U.S.C.)', before: /(articles?|art\.|sections?|s\.|§|loi|law|n°|no\.|chapitre|chapter|alinéa|c\.|bill|page|version)\s*$/i},
  {reason: 'a law reference (17 U.S.C.)', after: /^\s*U\.S\.C/},
  {reason: "an app's name (l'application Urgence 114, the 3018 app)", before: /(application|appli|Urgence)\s*$/i},
  {reason: "an app's name (l'application Urgence 114, the 3018 app)", after: /^\s*app\b/},
];

// A phone number of any country, registered or not.
const PHONE_LIKE: {name: string; pattern: RegExp}[] = [
  {name: 'a North American number (1-866-658-9022, 416 314-2447)', pattern: /(?<![\w/.-])(1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w/])/},
  {name: 'a seven-digit local number (310-1818, 979-1111)', pattern: /(?<![\w/.-])\d{3}-\d{4}(?![\w/-])/},
  {name: 'a French national number (01 23 45 67 89)', pattern: /(?<![\w/.-])0[1-9]([\s.]\d{2}){4}(?![\w/])/},
  {name: 'an international number (+33 …, +352 …)', pattern: /\+\d{1,3}[\s\u00a0(]*\d[\d\s\u00a0().-]{5,}\d/},
  {name: 'a toll-free number written as digits (0800 12 800, 1800 55 1800)', pattern: /(?<![\w/.-])(0800|1800|1300)[\s.-]?\d{2,3}[\s.-]?\d{2,4}(?![\w/])/},
];

// Vanity spellings that name a service rather than write its digits; the digits come from content/phones.yaml.
const VANITY = /1-800-(CALL-FBI|4-A-CHILD|THE-LOST)/g;

const handWritten = ({text}: Text): string[] => {
  const found: string[] = [];
  const plain = outsideTokens(text).replace(VANITY, ' ');
  for (const [id, line] of REGISTRY) {
    for (const digits of writtenForms(line)) {
      const pattern = new RegExp(`(?<![\\w/.,:+-])${spaced(digits)}(?![\\w/]|[.,:-]\\d|\\.[a-z])`, 'g');
      for (const match of plain.matchAll(pattern)) {
        const before = plain.slice(0, match.index);
        const after = plain.slice(match.index + match[0].length);
        const short = digits.length <= 4;
        if (short && NOT_A_PHONE.some((rule) => (rule.before?.test(before) ?? true) && (rule.after?.test(after) ?? true) && (rule.before ?? rule.after))) continue;
        found.push(`"${match[0]}" (${id}): write {{phone:${id}}}`);
      }
    }
  }
  for (const {name, pattern} of PHONE_LIKE) {
    const match = pattern.exec(plain);
    if (match) found.push(`"${match[0]}": ${name}; register it in content/phones.yaml and write {{phone:<id>}}`);
  }
  return [...new Set(found)];
};

describe('phone numbers are written once, in content/phones.yaml', () => {
  it('no content text writes a phone number by hand', () => {
    const problems = TEXTS.flatMap((text) => handWritten(text).map((problem) => `content/${text.file}, ${text.where}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('every line of content/phones.yaml is used by some content file, in its phones or its text', () => {
    const raw = LOCALES.flatMap((locale) => markdownFiles(join(ROOT, locale))).map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const id of REGISTRY.keys()) expect(raw, `${id} is used by no content file`).toMatch(new RegExp(`(- |ref: |primary: |\\{\\{(phone|number|hours):)${id}\\b`));
  });
});
