// Every meaningful combination of answers, as links: for invariants that must hold for every person,
// not only for the named personas. Small enough to build every plan in well under a second.
import {CONSENT_CODES} from '@/lib/answers/url-contract';

// Who fills in changes the voice and adds the helper's step: a few places are filled in by a parent or a supporter.
const PLACES = [
  '',
  'c=fr',
  'w=2&c=fr',
  'w=3&c=fr',
  'c=ca',
  'c=ca&r=qc',
  'w=2&c=ca&r=bc',
  'c=ca&r=ns',
  'c=ca&r=mb',
  'c=ca&r=on',
  'c=ca&r=nb',
  'c=ca&r=yt',
  'c=ca&r=other',
  'c=be',
  'c=ch',
  'c=lu',
  'w=2&c=gb',
  'c=us',
  'c=au',
  'c=other',
  'w=3&c=other',
];
const AGES = ['', 'a=15&b=15', 'a=16&b=30', 'a=25&b=26', 'b=15', 'a=16', 'a=30'];
const CONSENTS = ['', ...Object.values(CONSENT_CODES).map((code) => `k=${code}`)];
const SITUATIONS = ['', 'u=0', 'u=1', 'u=2', 'u=2&u=3', 'u=1&u=2&u=3'];
const PLATFORMS = ['p=instagram', 'p=website&p=search-engine', 'p=unknown', 'p=not-online'];

const join = (...parts: string[]) => parts.filter(Boolean).join('&');

export const answerSpace = (): string[] => {
  const links: string[] = [];
  for (const place of PLACES)
    for (const ages of AGES)
      for (const consent of CONSENTS)
        for (const situation of SITUATIONS) for (const platforms of PLATFORMS) links.push(join(place, platforms, ages, consent, situation));
  return links;
};
