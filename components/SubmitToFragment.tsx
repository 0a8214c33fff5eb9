'use client';
// With JavaScript, a form that opens the plan writes its answers after `#` instead of into the query: a browser
// never sends that part of an address, and the plan is drawn on the device (components/plan/DevicePlan.tsx).
// The answers are serialized exactly as the plain GET form would send them. Without JavaScript, the form is sent
// as a plain GET form and the server draws the plan.
import {useEffect} from 'react';
import {releaseHeldSubmit} from './hold-submit';

export const SubmitToFragment = ({formId}: {formId: string}) => {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const answers = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : '']));
      window.location.assign(`${new URL(form.action).pathname}#${answers}`);
    };
    form.addEventListener('submit', submit);
    // A submission made before this ran was held (public/hold-submit.js): it goes now, after `#`.
    releaseHeldSubmit();
    return () => form.removeEventListener('submit', submit);
  }, [formId]);
  return null;
};
