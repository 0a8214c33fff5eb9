import {describe, expect, it} from 'vitest';
import {judgeRequest} from '@/server/request-guard';

const answer = (method: string, url: string) => {
  const verdict = judgeRequest(method, url);
  return verdict.kind === 'answer' ? verdict.answer : null;
};

describe('the request guard', () => {
  it('lets canonical GET and HEAD requests through', () => {
    expect(judgeRequest('GET', '/fr/plan?c=fr&p=x').kind).toBe('pass');
    expect(judgeRequest('HEAD', '/').kind).toBe('pass');
    expect(judgeRequest('GET', '/_next/static/chunks/a.js').kind).toBe('pass');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'FOO'])('answers %s with 405 and Allow', (method) => {
    const a = answer(method, '/sw.js')!;
    expect(a.status).toBe(405);
    expect(a.headers.Allow).toBe('GET, HEAD, OPTIONS');
    expect(a.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers OPTIONS with the methods allowed', () => {
    expect(answer('OPTIONS', '*')).toMatchObject({status: 204, body: ''});
  });

  it('answers a malformed path with 400, in the language the path names', () => {
    expect(answer('GET', '/%ff')!.status).toBe(400);
    expect(answer('GET', '/en/guides/%ZZ')!.body).toContain('lang="en"');
    expect(answer('GET', '/fr/guides/%ZZ')!.body).toContain('lang="fr"');
  });

  it('sends other spellings to the canonical path, query kept', () => {
    const a = answer('GET', '/fr/%70lan?c=fr&p=x')!;
    expect(a.status).toBe(308);
    expect(a.headers.Location).toBe('/fr/plan?c=fr&p=x');
    expect(a.headers['Cache-Control']).toBe('no-store');
  });

  it('refuses a query far too long before any redirect', () => {
    expect(answer('GET', `/fr/%70lan?c=${'x'.repeat(3000)}`)!.status).toBe(414);
    expect(answer('GET', `/fr/plan?c=${'x'.repeat(3000)}`)!.status).toBe(414);
  });
});
