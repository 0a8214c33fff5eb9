// One meaning, one spelling: a request path is judged by what it means once decoded, never by how it is
// written. `/fr/%70lan`, `/fr/./plan` and `/fr//plan` all mean the plan; they are sent to `/fr/plan` before
// anything else reads them, so every check that follows (CSP, no-store, the service worker's caching) sees the
// one spelling it was written for. Shared by the server entry, the proxy and the service worker.

import {LOCALE_PATTERN} from '../../i18n/locales';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
// Control characters are what this pattern is for.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The canonical spelling of a path (RFC 3986 §6.2.2: unreserved characters decoded, other escapes in upper
 * case, dot segments resolved), with repeated and trailing slashes removed; or null when the path cannot be
 * decoded (a stray `%`, invalid UTF-8, a control character): such a path means nothing.
 */
export const canonicalPath = (path: string): string | null => {
  if (!path.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (CONTROL.test(decoded) || decoded.includes('\\')) return null;
  const respelled = path.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
  const segments: string[] = [];
  for (const segment of respelled.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
};

/** Pages whose address carries a person's answers. Judge a canonical path only. */
export const ANSWER_PAGE = new RegExp(`^/(${LOCALE_PATTERN})/(plan|check|questions)(/|$)`);
