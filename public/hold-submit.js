// With JavaScript, a question's answer goes after `#` and never reaches the server (components/questions). Before
// the page's own JavaScript has loaded (a slow phone, a weak network), a tap on "Continue" would still send the plain
// GET form, with the answer in its query. This holds that submission until the page is ready, which then sends it
// on the device (components/hold-submit.ts). If the page's JavaScript never comes, the form goes as it would
// without JavaScript, after a while. Without JavaScript at all, this never runs and the forms work as always.
(function () {
  var held = null;
  document.addEventListener(
    'submit',
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-hold-until-ready') || window.recoursFormsReady) return;
      event.preventDefault();
      held = form;
      window.setTimeout(function () {
        if (held === form && !window.recoursFormsReady) {
          held = null;
          form.submit();
        }
      }, 15000);
    },
    true,
  );
  window.recoursTakeHeldSubmit = function () {
    var form = held;
    held = null;
    return form;
  };
})();
