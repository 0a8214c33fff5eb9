// When React draws the plan over the early drawing (./plan-early.ts), both are the same markup: a focus in the early
// one moves to the same place in React's, so a keyboard or screen reader user does not lose their place.
import {focusQuietly} from '@/components/on-device/focus-quietly';

const FOCUSABLE = 'h1, a[href], button, input, select, textarea, summary';

export const handOver = (early: HTMLElement, drawn: HTMLElement) => {
  const active = document.activeElement;
  const place = active && early.contains(active) ? [...early.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
  early.replaceChildren();
  const target = place < 0 ? undefined : drawn.querySelectorAll<HTMLElement>(FOCUSABLE)[place];
  if (target) focusQuietly(target);
};
