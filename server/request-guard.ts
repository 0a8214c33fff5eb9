// What the server entry does with a request before Next.js sees it: answer at once when the request is one
// the app never makes (a method other than GET/HEAD, a malformed path, a link far too long), send a
// non-canonical spelling of a path to its canonical one, or let it through.
import {ALLOWED_METHODS, calmAnswer, type CalmAnswer} from '../lib/security/calm-answers';
import {canonicalPath} from '../lib/security/path-spelling';
import {MAX_QUERY_LENGTH} from '../lib/security/request-limits';
import {SECURITY_HEADERS} from '../lib/security/headers';

export type Verdict = {kind: 'pass'} | {kind: 'answer'; answer: CalmAnswer};

const answer = (a: CalmAnswer): Verdict => ({kind: 'answer', answer: a});

const redirect = (location: string): CalmAnswer => ({
  status: 308,
  headers: {
    ...Object.fromEntries(SECURITY_HEADERS.map(({key, value}) => [key, value])),
    Location: location,
    'Cache-Control': 'no-store',
    'Content-Length': '0',
  },
  body: '',
});

export const judgeRequest = (method: string, url: string): Verdict => {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : url.slice(queryStart);

  if (method === 'OPTIONS') return answer({...calmAnswer(405, path, {Allow: ALLOWED_METHODS}), status: 204, body: ''});
  if (method !== 'GET' && method !== 'HEAD') return answer(calmAnswer(405, path, {Allow: ALLOWED_METHODS}));
  // Before any redirect: a redirect would copy the whole query into its Location header.
  if (query.length - 1 > MAX_QUERY_LENGTH) return answer(calmAnswer(414, path));
  const canonical = canonicalPath(path);
  if (canonical === null) return answer(calmAnswer(400, path));
  if (canonical !== path) return answer(redirect(`${canonical}${query}`));
  return {kind: 'pass'};
};
