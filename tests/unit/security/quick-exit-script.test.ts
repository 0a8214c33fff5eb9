// The quick exit's script (public/quick-exit.js, plain JavaScript served as it is, all of the exit's behaviour) marks
// the tab with the same key the guard reads, finds a page that carries answers by the guard's id, and reads the
// words its markup (components/QuickExit.tsx) carries.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {LEFT_GUARD_ID, LEFT_KEY} from '@/lib/security/left-guard';

const script = readFileSync('public/quick-exit.js', 'utf8');

describe('the quick exit before the page has loaded', () => {
  it("marks the tab with the guard's key and replaces the page (Back then does not return)", () => {
    expect(script).toContain(`var KEY = '${LEFT_KEY}'`);
    expect(script).toContain("window.sessionStorage.setItem(KEY, '1')");
    expect(script).toContain('leave(link.href)');
    expect(script).toContain("classList.add('leaving')");
  });

  it('acts on the exit link only, and leaves a new tab or window to the browser', () => {
    expect(script).toContain("closest('a.quick-exit')");
    expect(script).toMatch(/event\.metaKey \|\| event\.ctrlKey \|\| event\.shiftKey \|\| event\.button !== 0/);
  });

  it("knows a page that carries answers by the guard's id", () => {
    expect(script).toContain(`document.getElementById('${LEFT_GUARD_ID}')`);
  });

  it('reads the words the markup gives it, for the shortcut', () => {
    const markup = readFileSync('components/QuickExit.tsx', 'utf8');
    for (const name of ['data-said-1', 'data-said-2', 'data-said-done', 'quick-exit-status']) {
      expect(script).toContain(name.startsWith('data-said') ? `'${name.replace(/-(1|2)$/, '-')}` : `'${name}'`);
      expect(markup).toContain(name);
    }
  });
});
