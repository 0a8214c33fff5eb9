import {describe, expect, it} from 'vitest';
import {ANSWER_PAGE, canonicalPath, mayKeepOffline} from '@/lib/security/path-spelling';

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

describe('what may be kept offline without asking', () => {
  it.each(['/fr', '/en/guides', '/fr/guides/snapchat', '/en/directory/ca-qc', '/fr/law/fr', '/fr/privacy', '/fr/questions/country', '/fr/offline'])(
    '%s, with no query',
    (path) => {
      expect(mayKeepOffline(path, '')).toBe(true);
    },
  );

  it.each([
    ['/fr/plan', ''],
    ['/fr/check', ''],
    ['/fr/questions/ages', ''],
    ['/fr/%70lan', ''],
    ['/fr/guides/%73napchat', ''],
    ['/fr/./guides', ''],
    ['/fr/guides/snapchat', '?c=fr&p=x'],
    ['/fr/questions/country', '?c=fr'],
    ['/fr/nothing/at/all', ''],
  ])('never %s%s', (path, search) => {
    expect(mayKeepOffline(path, search)).toBe(false);
  });

  it('judges answer pages by their canonical spelling', () => {
    expect(ANSWER_PAGE.test(canonicalPath('/fr/%70lan')!)).toBe(true);
  });
});
