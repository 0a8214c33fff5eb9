// The address a GET form goes to, built as the browser builds it: for navigating with location.replace.
export const formTarget = (form: HTMLFormElement, submitter?: HTMLElement | null): URL => {
  const url = new URL(form.action, window.location.href);
  const data = new FormData(form, submitter ?? undefined);
  url.search = new URLSearchParams([...data.entries()].map(([name, value]) => [name, String(value)])).toString();
  return url;
};
