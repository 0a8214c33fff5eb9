// The part of a page drawn on the device that its fragment names (`to=`, lib/answers/url-contract.ts): brought into
// view and given the focus once drawn, as a plain `#anchor` would be on a page drawn by the server.
import {PRIVATE_KEYS} from '@/lib/answers/url-contract';
import {focusQuietly} from './focus-quietly';

/** True when the fragment names a part that is on the page. */
export const showPart = (hash: string): boolean => {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get(PRIVATE_KEYS.part);
  const part = id ? document.getElementById(id) : null;
  if (!part) return false;
  focusQuietly(part);
  part.scrollIntoView();
  return true;
};
