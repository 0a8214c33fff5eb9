// Registers the service worker (app/sw.ts, built into /sw.js) once the page has loaded, on every page, whether or
// not the page loads a framework; except on the page "Delete everything" ends on (lib/security/cleared.ts's
// CLEARED_PATH, checked by tests/unit/offline/register-sw-script.test.ts): the person has just removed it.
// Offline reading is a bonus: without it the site works as before.
(function () {
  if (!('serviceWorker' in navigator) || window.location.hostname === '' || window.location.pathname.endsWith('/cleared')) return;
  var register = function () {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () {
      // not registered: the site is read online only
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
