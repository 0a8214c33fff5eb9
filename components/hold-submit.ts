// The other half of public/hold-submit.js: once a form's page is ready, forms are no longer held, and one that was
// submitted before (held by that script) is submitted again, now on the device.
declare global {
  interface Window {
    recoursFormsReady?: boolean;
    recoursTakeHeldSubmit?: () => HTMLFormElement | null;
  }
}

/** Marks a form whose submission waits for the page's JavaScript rather than going to the server before it. */
export const HOLD_UNTIL_READY = {'data-hold-until-ready': ''};

export const HOLD_SUBMIT_SCRIPT = '/hold-submit.js';

export const releaseHeldSubmit = () => {
  window.recoursFormsReady = true;
  const form = window.recoursTakeHeldSubmit?.();
  if (form?.isConnected) form.requestSubmit();
};
