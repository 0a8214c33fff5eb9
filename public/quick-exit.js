// "Leave this site" before the page's own JavaScript has loaded (a slow phone, a weak network): the same as the
// QuickExit component does once it runs. The page is hidden, the tab is marked as left (no answers in the mark: the
// key is lib/security/left-guard.ts's LEFT_KEY, checked by tests/unit/security/quick-exit-script.test.ts), and the
// page is replaced by the neutral site, so that Back does not return here.
(function () {
  document.addEventListener(
    'click',
    function (event) {
      var link = event.target instanceof Element ? event.target.closest('a.quick-exit') : null;
      if (!link || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      document.documentElement.classList.add('leaving');
      try {
        window.sessionStorage.setItem('recours-left', '1');
      } catch {
        // storage blocked: the page is still replaced
      }
      window.location.replace(link.href);
    },
    true,
  );
  window.recoursExitReady = true;
})();
