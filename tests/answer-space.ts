// Every meaningful combination of answers, as links, generated from the question registry and from the ages at
// which a service starts or stops serving someone (the content's eligibility data): for invariants that must
// hold for every person, not only for the named personas. Every place (each country, each Canadian province and
// territory, none given), every voice and every age class is crossed with every situation; consent and
// platforms are crossed with every place, voice and age class too, in a second pass.
import {join} from 'node:path';
import {choiceFieldOf, QUESTIONS} from '@/lib/answers/questions';
import {AGE_MAX, AGE_MIN} from '@/lib/answers/schema';
import {loadContentLibrary} from '@/lib/content/load-content';
import {DEFAULT_LOCALE} from '@/i18n/locales';
import type {Serves} from '@/lib/plan/eligibility';

const codesOf = (id: 'who' | 'country' | 'province' | 'platforms' | 'consent' | 'situation'): string[] => {
  const field = choiceFieldOf(id);
  return field.codec.values.map((value) => field.codec.code(value));
};
const key = (id: 'who' | 'country' | 'province' | 'platforms' | 'consent' | 'situation' | 'ageMade' | 'ageNow'): string =>
  id === 'ageMade' || id === 'ageNow' ? QUESTIONS.ages.field.find((field) => field.prop === id)!.key : choiceFieldOf(id).key;

const join_ = (...parts: string[]) => parts.filter(Boolean).join('&');

/** No country, every country (Canada: no province, and each province and territory). */
export const PLACE_QUERIES: string[] = [
  '',
  ...codesOf('country').flatMap((country) =>
    country === 'ca'
      ? [`${key('country')}=ca`, ...codesOf('province').map((province) => `${key('country')}=ca&${key('province')}=${province}`)]
      : [`${key('country')}=${country}`],
  ),
];

/** No voice given (the person), and each voice. */
export const VOICE_QUERIES: string[] = ['', ...codesOf('who').map((code) => `${key('who')}=${code}`)];

/** The ages at which some service starts or stops serving, from every `serves` in the content. */
export const ageBoundaries = (): number[] => {
  const library = loadContentLibrary(join(process.cwd(), 'content'), DEFAULT_LOCALE);
  const ages = new Set<number>([17, 18]);
  const note = (serves: Serves | undefined) => {
    for (const range of [serves?.ageNow, serves?.ageInImage]) {
      if (range?.min !== undefined) for (const age of [range.min - 1, range.min]) ages.add(age);
      if (range?.max !== undefined) for (const age of [range.max, range.max + 1]) ages.add(age);
    }
  };
  for (const entry of library.values()) {
    note(entry.serves);
    for (const phone of entry.phones) note(phone.serves);
    for (const link of entry.links) note(link.serves);
  }
  return [...ages].filter((age) => age >= AGE_MIN && age <= AGE_MAX).sort((a, b) => a - b);
};

/** Each pair of ages (in the image, now) at the boundaries, one or both not given. */
export const AGE_QUERIES: string[] = (() => {
  const ages = [undefined, ...ageBoundaries()];
  const pairs: string[] = [];
  for (const made of ages)
    for (const now of ages) {
      if (made !== undefined && now !== undefined && now < made) continue;
      pairs.push(join_(made === undefined ? '' : `${key('ageMade')}=${made}`, now === undefined ? '' : `${key('ageNow')}=${now}`));
    }
  // "I'd rather not say", given for both.
  return [...pairs, `${key('ageMade')}=&${key('ageNow')}=`];
})();

/** One pair of ages of each kind (both under 18, under 18 then adult, adult, one or both not given), for the second pass. */
const AGE_CLASSES: string[] = ['', 'a=15&b=15', 'a=16&b=30', 'a=25&b=26', 'b=15', 'a=16', 'a=30', 'a=&b='].map((pair) =>
  pair.replace(/\ba=/, `${key('ageMade')}=`).replace(/\bb=/, `${key('ageNow')}=`),
);

/** Not answered, "I'd rather not say", and each code. */
export const CONSENT_QUERIES: string[] = ['', `${key('consent')}=`, ...codesOf('consent').map((code) => `${key('consent')}=${code}`)];

const SITUATION = key('situation');
const codeOf = (value: string) => {
  const field = choiceFieldOf('situation');
  return field.codec.code(value);
};
/** Not answered, none of these, each situation alone, and each combination of them. */
export const SITUATION_QUERIES: string[] = (() => {
  const single = ['danger', 'threats', 'spreading'].map(codeOf);
  const combos: string[][] = [[]];
  // A copy of the list to walk, since the loop adds to it.
  // oxlint-disable-next-line no-useless-spread
  for (const code of single) for (const existing of [...combos]) combos.push([...existing, code]);
  return [
    '',
    `${SITUATION}=${codeOf('none')}`,
    ...combos.filter((combo) => combo.length > 0).map((combo) => combo.map((code) => `${SITUATION}=${code}`).join('&')),
  ];
})();

const CHANNEL = choiceFieldOf('threatChannel').key;
/** Where the threats come from (read only with threats): not said, a platform, a game and texts, "I don't know". */
export const CHANNEL_QUERIES: string[] = ['', `${CHANNEL}=snapchat`, `${CHANNEL}=game&${CHANNEL}=sms`, `${CHANNEL}=unknown`];

const MADE_BY = choiceFieldOf('madeBy').key;
/** Who made the image (read only for an image online made at 18 or over): not said, "I don't know", each code. */
export const MADE_BY_QUERIES: string[] = [
  '',
  ...['not-sure', 'self', 'someone-else'].map((value) => `${MADE_BY}=${choiceFieldOf('madeBy').codec.code(value)}`),
];

const PLATFORM = key('platforms');
/** One platform, websites with search results, several places at once, "I don't know where", "nothing online yet". */
export const PLATFORM_QUERIES: string[] = [
  `${PLATFORM}=instagram`,
  `${PLATFORM}=adult-site`,
  `${PLATFORM}=website&${PLATFORM}=search-engine`,
  codesOf('platforms')
    .filter((code) => code !== 'not-online' && code !== 'unknown')
    .map((code) => `${PLATFORM}=${code}`)
    .join('&'),
  `${PLATFORM}=unknown`,
  `${PLATFORM}=not-online`,
];

/**
 * Every place × voice × pair of ages at the boundaries × situation, with consent and platforms taken in turn;
 * then every place × voice × kind of ages × consent × platforms, with situations taken in turn.
 */
export const answerSpace = (): string[] => {
  const links: string[] = [];
  let turn = 0;
  const next = <T>(list: readonly T[], step = 1): T => list[(turn * step) % list.length]!;
  for (const place of PLACE_QUERIES)
    for (const voice of VOICE_QUERIES) {
      for (const ages of AGE_QUERIES)
        for (const situation of SITUATION_QUERIES) {
          turn += 1;
          links.push(
            join_(
              voice,
              place,
              next(PLATFORM_QUERIES),
              ages,
              next(CONSENT_QUERIES, 5),
              situation,
              next(CHANNEL_QUERIES, 3),
              next(MADE_BY_QUERIES, 7),
            ),
          );
        }
      for (const ages of AGE_CLASSES)
        for (const consent of CONSENT_QUERIES)
          for (const platforms of PLATFORM_QUERIES) {
            turn += 1;
            links.push(join_(voice, place, platforms, ages, consent, next(SITUATION_QUERIES), next(MADE_BY_QUERIES, 3)));
          }
    }
  return links;
};
