// "Leave this site", from the moment this small file runs, on every page, whether or not the page loads a
// framework (most pages load none). The markup is components/QuickExit.tsx; this is all of its behaviour:
// - a tap hides the page at once, marks the tab as left, and replaces the page by the neutral site, so that Back
//   does not return here. The mark holds no answers: its key is lib/security/left-guard.ts's LEFT_KEY (checked by
//   tests/unit/security/quick-exit-script.test.ts);
// - Shift pressed three times within five seconds does the same (as GOV.UK's). Only a Shift pressed and released
//   on its own counts: on a French AZERTY keyboard digits need Shift, so typing "13" must never leave the site;
// - after leaving, Back may show a page again (from the back-forward cache, or loaded again): if it carries answers
//   (it holds the guard, lib/security/left-guard.ts), it goes on to the neutral site; a page without answers shows,
//   and the mark stays for the pages further back. Opening the site on purpose (a link, a typed address) clears it.
(function () {
  var KEY = 'recours-left';
  var WINDOW_MS = 5000;

  var exitLink = function () {
    return document.querySelector('a.quick-exit');
  };
  var leftThisTab = function () {
    try {
      return window.sessionStorage.getItem(KEY) !== null;
    } catch {
      return false;
    }
  };
  var carriesAnswers = function () {
    return document.getElementById('left-guard') !== null;
  };
  var leave = function (href) {
    document.documentElement.classList.add('leaving');
    try {
      window.sessionStorage.setItem(KEY, '1');
    } catch {
      // storage blocked: the page is still replaced
    }
    window.location.replace(href);
  };
  var announce = function (words) {
    var status = document.getElementById('quick-exit-status');
    if (status && words) status.textContent = words;
  };

  document.addEventListener(
    'click',
    function (event) {
      var link = event.target instanceof Element ? event.target.closest('a.quick-exit') : null;
      if (!link || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      leave(link.href);
    },
    true,
  );

  var presses = [];
  var shiftAlone = false;
  window.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    presses = [];
  });
  window.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    var link = exitLink();
    if (!link) return;
    var now = Date.now();
    presses = presses.filter(function (time) {
      return now - time < WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= 3) {
      announce(link.getAttribute('data-said-done'));
      leave(link.href);
    } else {
      announce(link.getAttribute('data-said-' + presses.length));
    }
  });

  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    var link = exitLink();
    if (leftThisTab() && carriesAnswers() && link) leave(link.href);
    else document.documentElement.classList.remove('leaving');
  });

  var onOpen = function () {
    if (!leftThisTab()) return;
    var navigation = performance.getEntriesByType('navigation')[0];
    if (!navigation || navigation.type !== 'back_forward') {
      try {
        window.sessionStorage.removeItem(KEY);
      } catch {
        // nothing was kept
      }
      return;
    }
    var link = exitLink();
    if (carriesAnswers() && link) leave(link.href);
  };
  // The script is loaded early (async, in the head): what the page carries is known once it is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onOpen);
  else onOpen();

  window.recoursExitReady = true;
})();
