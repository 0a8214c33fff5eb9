// Registers the service worker (app/sw.ts, built into /sw.js) on every page, whether or not the page loads a
// framework; except on the page "Delete everything" ends on (lib/security/cleared.ts's CLEARED_PATH, checked by
// tests/unit/offline/register-sw-script.test.ts): the person has just removed it.
// It waits until the page has loaded and settled: installing, the worker downloads the pages kept offline for
// everyone, which on a weak network would otherwise compete with the page the person is reading (measured on the
// plan drawn on the device: 150–200 ms more of blocked main thread under Lighthouse's mobile throttling).
// Offline reading is a bonus: without it the site works as before.
(function () {
  if (!('serviceWorker' in navigator) || window.location.hostname === '' || window.location.pathname.endsWith('/cleared')) return;
  var SETTLE_MS = 3000;
  var register = function () {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () {
      // not registered: the site is read online only
    });
  };
  var whenSettled = function () {
    setTimeout(function () {
      if ('requestIdleCallback' in window) window.requestIdleCallback(register, {timeout: SETTLE_MS});
      else register();
    }, SETTLE_MS);
  };
  if (document.readyState === 'complete') whenSettled();
  else window.addEventListener('load', whenSettled);
})();
