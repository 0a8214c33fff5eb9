// The short answers given to requests a person could not have made from the app: a link far too long, a
// malformed path, a method the site does not use. Calm, in the visitor's language when the path says it,
// never a stack trace. Used by the proxy and by the server entry (which answers before Next.js).
import {LOCKED_DOWN_POLICY} from './csp';
import {SECURITY_HEADERS} from './headers';

export type CalmAnswer = {status: number; headers: Record<string, string>; body: string};

const html = (lang: 'fr' | 'en', title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><h1>${title}</h1><p>${text}</p>`;

const BODIES = {
  414: {
    fr: html('fr', 'Lien trop long', 'Ce lien est trop long. Il a peut-être été modifié. <a href="/fr/questions/country">Répondre à nouveau aux questions</a>.'),
    en: html('en', 'Link too long', 'This link is too long. It may have been changed. <a href="/en/questions/country">Answer the questions again</a>.'),
  },
  400: {
    fr: html('fr', 'Adresse incorrecte', 'Cette adresse ne correspond à aucune page. <a href="/fr">Aller à l’accueil</a>.'),
    en: html('en', 'Incorrect address', 'This address does not match any page. <a href="/en">Go to the home page</a>.'),
  },
  405: {
    fr: html('fr', 'Demande non prise en charge', 'Ce site ne fait qu’afficher des pages. <a href="/fr">Aller à l’accueil</a>.'),
    en: html('en', 'Request not supported', 'This site only shows pages. <a href="/en">Go to the home page</a>.'),
  },
  503: {
    fr: html('fr', 'Service très sollicité', 'Le service est très sollicité. Réessayez dans un instant.'),
    en: html('en', 'Service busy', 'The service is busy. Please try again in a moment.'),
  },
  408: {
    fr: html('fr', 'Demande trop lente', 'La demande est arrivée trop lentement. Réessayez.'),
    en: html('en', 'Request too slow', 'The request arrived too slowly. Please try again.'),
  },
} as const;

export type CalmStatus = keyof typeof BODIES;

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Seconds a client is asked to wait when the PDF renders are all taken. */
export const RETRY_AFTER_SECONDS = '5';

/** The visitor's language as far as the path tells it; French otherwise, as the site. */
export const languageOf = (path: string): 'fr' | 'en' => (/^\/en(\/|$|\?)/i.test(path) ? 'en' : 'fr');

const BASE_HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({key, value}) => [key, value])),
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': LOCKED_DOWN_POLICY,
};

export const calmAnswer = (status: CalmStatus, path: string, extra?: Record<string, string>): CalmAnswer => ({
  status,
  headers: extra ? {...BASE_HEADERS, ...extra} : BASE_HEADERS,
  body: BODIES[status][languageOf(path)],
});
