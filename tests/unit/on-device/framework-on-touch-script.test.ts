// public/framework-on-touch.js, plain JavaScript served as it is, run against a small stand-in for the page: the
// framework's files run at once when the address says something after `#`, else at the first touch, key or focus,
// else once the page has settled; they are fetched early only after the page has loaded; focus starts on the heading.
import {readFileSync} from 'node:fs';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {DRAWN_EARLY, FRAMEWORK_NOW} from '@/components/plan/early/early-messages';

const SCRIPT = readFileSync('public/framework-on-touch.js', 'utf8');
const FILES = '/_next/static/chunks/a.js /_next/static/chunks/b.js';

type Listener = (event?: {type: string; target?: {tagName: string}}) => void;
type Added = {tag: string; [property: string]: unknown};

const page = ({hash = '', readyState = 'complete', scripts = FILES, fragment = null as string | null, frameworkNow = false} = {}) => {
  const listeners = new Map<string, Listener[]>();
  const on = (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const off = (type: string, listener: Listener) =>
    listeners.set(
      type,
      (listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  const added: Added[] = [];
  const timers: Listener[] = [];
  const heading = {
    tagName: 'H1',
    tabIndex: 0,
    focused: false,
    focus: () => {
      heading.focused = true;
      document.activeElement = heading;
    },
  };
  const body = {};
  const attributes: Record<string, string | null> = {'data-scripts': scripts, 'data-fragment': fragment};
  const document = {
    readyState,
    body,
    activeElement: body as unknown,
    currentScript: {getAttribute: (name: string) => attributes[name] ?? null},
    head: {appendChild: (element: Added) => added.push(element)},
    createElement: (tag: string) => ({tag}),
    querySelector: (selector: string) => (selector === 'main h1' ? heading : null),
    addEventListener: on,
    removeEventListener: off,
  };
  const window = {location: {hash}, addEventListener: on, removeEventListener: off, ...(frameworkNow ? {recoursFrameworkNow: true} : {})} as Record<
    string,
    unknown
  >;
  runInNewContext(SCRIPT, {window, document, setTimeout: (run: Listener) => timers.push(run)});
  return {
    fire: (type: string, target = {tagName: 'MAIN'}) => (listeners.get(type) ?? []).forEach((listener) => listener({type, target})),
    scriptsRun: () => added.filter((element) => element.tag === 'script').map((element) => element.src),
    fetchedEarly: () => added.filter((element) => element.tag === 'link').map((element) => [element.rel, element.href]),
    settle: () => timers.splice(0).forEach((run) => run()),
    heading,
    window,
  };
};

describe('the framework run at the first touch', () => {
  it('runs at once when the address says something after "#" (a step drawn on the device)', () => {
    const drawn = page({hash: '#q=ages&c=fr'});
    expect(drawn.scriptsRun()).toEqual(FILES.split(' '));
  });

  it.each(['pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'submit', 'hashchange'])(
    'waits for the person, and runs once at a %s',
    (first) => {
      const shown = page({readyState: 'interactive'});
      expect(shown.scriptsRun()).toEqual([]);
      shown.fire(first);
      shown.fire('pointerdown');
      expect(shown.scriptsRun()).toEqual(FILES.split(' '));
    },
  );

  it('fetches the files once the page has loaded, without running them, and runs them once it has settled', () => {
    const loading = page({readyState: 'loading'});
    loading.fire('DOMContentLoaded');
    expect(loading.fetchedEarly()).toEqual([]);
    loading.fire('load');
    expect(loading.fetchedEarly()).toEqual(FILES.split(' ').map((href) => ['prefetch', href]));
    expect(loading.scriptsRun()).toEqual([]);
    loading.settle();
    expect(loading.scriptsRun()).toEqual(FILES.split(' '));
  });

  it('starts the focus on the heading, and says so to the framework (FocusHeading then leaves it)', () => {
    const shown = page();
    expect(shown.heading.focused).toBe(true);
    expect(shown.heading.tabIndex).toBe(-1);
    expect(shown.window.recoursHeadingFocused).toBe(true);
  });

  it('does not take the page’s own move of the focus to a heading for the person’s', () => {
    const shown = page();
    shown.fire('focusin', {tagName: 'H1'});
    expect(shown.scriptsRun()).toEqual([]);
  });

  it('runs nothing but the build’s own files', () => {
    const tampered = page({hash: '#q=ages', scripts: 'https://elsewhere.example/x.js /x.js /_next/static/chunks/a.js'});
    expect(tampered.scriptsRun()).toEqual(['/_next/static/chunks/a.js']);
  });
});

describe('on a page that draws its fragment early (data-fragment="waits": the plan)', () => {
  it('waits for the person even with a fragment, and runs at the first touch', () => {
    const plan = page({hash: '#c=fr&a=15', fragment: 'waits'});
    expect(plan.scriptsRun()).toEqual([]);
    plan.fire('pointerdown');
    expect(plan.scriptsRun()).toEqual(FILES.split(' '));
  });

  it('runs at once when the early drawing asks for it, before or after the loader starts', () => {
    const asked = page({hash: '#c=fr', fragment: 'waits'});
    asked.fire(FRAMEWORK_NOW);
    expect(asked.scriptsRun()).toEqual(FILES.split(' '));
    const askedBefore = page({hash: '#c=fr', fragment: 'waits', frameworkNow: true});
    expect(askedBefore.scriptsRun()).toEqual(FILES.split(' '));
  });

  it('fetches the files only once the first screen is drawn, and leaves the focus to that drawing', () => {
    const plan = page({hash: '#c=fr', fragment: 'waits', readyState: 'loading'});
    plan.fire('DOMContentLoaded');
    plan.fire('load');
    expect(plan.fetchedEarly()).toEqual([]);
    expect(plan.heading.focused).toBe(false);
    plan.fire(DRAWN_EARLY);
    expect(plan.fetchedEarly()).toEqual(FILES.split(' ').map((href) => ['prefetch', href]));
    expect(plan.scriptsRun()).toEqual([]);
    plan.settle();
    expect(plan.scriptsRun()).toEqual(FILES.split(' '));
  });
});
