// The framework on a page that is whole before it runs (components/FrameworkOnTouch.tsx marks such a page; today the
// questions' first step). Its form works as plain HTML, and public/hold-submit.js holds a "Continue" until the page
// is ready, so React, Next.js's router and the journey's code (about 150 KiB gzipped) need not run while the page is
// first shown and read on a slow phone. The build (scripts/framework-free-pages.mjs) takes their scripts out of the
// page and lists them here, in `data-scripts`. They are fetched once the page has loaded, at low priority, and run:
// - at once when the address already says something after `#` (a step drawn on the device: `#q=…`), unless the
//   page draws it without the framework (`data-fragment="waits"`: the plan's first screen, components/plan/early);
//   that drawing asks for the framework at once when it cannot draw (event `recours:framework-now`);
// - at the person's first touch, key or focus;
// - else once the page has settled (3 s after load, then idle), so that it is ready before the answer is given.
// Focus starts on the heading, as FocusHeading does once the framework runs (that component then leaves it).
(function () {
  var me = document.currentScript;
  var sources = ((me && me.getAttribute('data-scripts')) || '').split(' ').filter(function (src) {
    return src.indexOf('/_next/static/') === 0;
  });
  if (sources.length === 0) return;
  var SETTLE_MS = 3000;
  // A screen reader's double tap may send a click alone; a form may be sent without a key or a touch.
  var FIRST_ACTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'submit'];
  var started = false;
  var fragmentWaits = me && me.getAttribute('data-fragment') === 'waits';
  // The early drawing's events (components/plan/early/early-messages.ts).
  var FRAMEWORK_NOW = 'recours:framework-now';
  var DRAWN_EARLY = 'recours:drawn-early';

  var add = function (tag, attributes) {
    var element = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      element[name] = attributes[name];
    });
    document.head.appendChild(element);
  };
  var start = function () {
    if (started) return;
    started = true;
    FIRST_ACTS.forEach(function (type) {
      document.removeEventListener(type, onAct, true);
    });
    window.removeEventListener('hashchange', start);
    document.removeEventListener(FRAMEWORK_NOW, start);
    sources.forEach(function (src) {
      add('script', {src: src, async: true});
    });
  };
  // The page's own move of the focus to its heading (a drawing placing it) is not the person's act.
  var onAct = function (event) {
    if (event.type === 'focusin' && event.target && event.target.tagName === 'H1') return;
    start();
  };
  var fetchEarly = function () {
    if (started) return;
    sources.forEach(function (src) {
      add('link', {rel: 'prefetch', as: 'script', href: src});
    });
  };
  var whenSettled = function () {
    // A page that draws its fragment early fetches the framework once that is drawn (event `recours:drawn-early`):
    // on a slow network, the framework's files would otherwise hold up the plan's data and its worker.
    if (!fragmentWaits || window.recoursDrawnEarly) fetchEarly();
    else
      document.addEventListener(DRAWN_EARLY, function () {
        if ('requestIdleCallback' in window) window.requestIdleCallback(fetchEarly, {timeout: SETTLE_MS});
        else fetchEarly();
      });
    setTimeout(function () {
      if ('requestIdleCallback' in window) window.requestIdleCallback(start, {timeout: SETTLE_MS});
      else start();
    }, SETTLE_MS);
  };
  var focusHeading = function () {
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    var heading = document.querySelector('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({preventScroll: true});
    // A heading hidden until the page is drawn takes no focus: the drawing then places it.
    if (document.activeElement === heading) window.recoursHeadingFocused = true;
  };

  if (window.recoursFrameworkNow || (window.location.hash.length > 1 && !fragmentWaits)) return start();
  document.addEventListener(FRAMEWORK_NOW, start);
  var listen = function () {
    // A page that draws its fragment early places the focus itself, on the heading it draws.
    if (!fragmentWaits) focusHeading();
    FIRST_ACTS.forEach(function (type) {
      document.addEventListener(type, onAct, true);
    });
    window.addEventListener('hashchange', start);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', listen);
  else listen();
  if (document.readyState === 'complete') whenSettled();
  else window.addEventListener('load', whenSettled);
})();
