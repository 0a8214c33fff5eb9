// The static script that registers the service worker (public/register-sw.js, plain JavaScript served as it is)
// leaves the page "Delete everything" ends on alone, by the same path the app uses for it.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CLEARED_PATH} from '@/lib/security/cleared';

const script = readFileSync('public/register-sw.js', 'utf8');

describe('registering the service worker', () => {
  it('never registers it again on the page that has just removed it', () => {
    expect(script).toContain(`window.location.pathname.endsWith('${CLEARED_PATH}')`);
  });

  it('registers the built worker for the whole site, once the page has loaded and settled', () => {
    expect(script).toContain("navigator.serviceWorker.register('/sw.js', {scope: '/'})");
    expect(script).toContain("window.addEventListener('load', whenSettled)");
    expect(script).toContain('requestIdleCallback(register');
  });
});
