// The early quick-exit script (public/quick-exit.js, plain JavaScript served as it is) marks the tab with the same
// key the guard and the QuickExit component read, and hides the page with the same class.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {LEFT_KEY} from '@/lib/security/left-guard';

const script = readFileSync('public/quick-exit.js', 'utf8');

describe('the quick exit before the page has loaded', () => {
  it("marks the tab with the guard's key and replaces the page (Back then does not return)", () => {
    expect(script).toContain(`sessionStorage.setItem('${LEFT_KEY}', '1')`);
    expect(script).toContain('location.replace(link.href)');
    expect(script).toContain("classList.add('leaving')");
  });

  it('acts on the exit link only, and leaves a new tab or window to the browser', () => {
    expect(script).toContain("closest('a.quick-exit')");
    expect(script).toMatch(/event\.metaKey \|\| event\.ctrlKey \|\| event\.shiftKey \|\| event\.button !== 0/);
  });
});
