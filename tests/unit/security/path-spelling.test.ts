import {describe, expect, it} from 'vitest';
import {ANSWER_PAGE, canonicalPath} from '@/lib/security/path-spelling';

describe('canonicalPath', () => {
  it.each([
    ['/fr/plan', '/fr/plan'],
    ['/fr/%70lan', '/fr/plan'],
    ['/%66r/questions/ages', '/fr/questions/ages'],
    ['/fr/PL%41n', '/fr/PLAn'],
    ['/fr/./plan', '/fr/plan'],
    ['/fr/x/../plan', '/fr/plan'],
    ['/fr/%2e%2e/fr/plan', '/fr/plan'],
    ['/fr//plan/', '/fr/plan'],
    ['/', '/'],
    ['/fr/guides/%c3%a9', '/fr/guides/%C3%A9'],
    ['/fr/plan%2Fpdf', '/fr/plan%2Fpdf'],
    ['/../../etc/passwd', '/etc/passwd'],
  ])('%s is spelled %s', (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
  });

  it.each(['/%ff', '/fr/guides/%ZZ', '/fr/%', '/fr/%00', '/fr/%0a', '/fr/%5Cevil', 'fr/plan', 'http://evil.example/'])('%s means nothing', (path) => {
    expect(canonicalPath(path)).toBeNull();
  });
});

describe('pages that carry answers', () => {
  it('judges answer pages by their canonical spelling', () => {
    expect(ANSWER_PAGE.test(canonicalPath('/fr/%70lan')!)).toBe(true);
    expect(ANSWER_PAGE.test(canonicalPath('/fr/guides/snapchat')!)).toBe(false);
  });
});
