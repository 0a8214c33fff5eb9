// The fragment form of a query-form address (README, "The URL contract"): the same entries after `#`, on the address
// the device draws from. With JavaScript, a link, a form or a shared link from one answer page to another uses it,
// so a plan opened from an old query link stops sending its answers after that first request. Imports nothing that
// weighs: the pages' first script carries it.
import {LOCALE_PATTERN} from '../../i18n/locales';
import {canonicalPath} from '../security/path-spelling';
import {PRIVATE_KEYS} from './url-contract';

const ANSWER_ADDRESS = new RegExp(`^/(${LOCALE_PATTERN})/(?:(plan(?:/texts|/notice)?)|(check)|questions/([A-Za-z]+))$`);

/** The part of the page a query-form address shows (its anchor), as the fragment form names it (`to`). */
const anchorOf = (address: URL) => {
  try {
    return decodeURIComponent(address.hash.slice(1));
  } catch {
    return address.hash.slice(1);
  }
};

/**
 * The same address in the fragment form, or null when it has none: no answers in its query, a page the device does
 * not draw (the PDF, the calendar file), or a question's form sent to the server (`s`), which only the server reads.
 */
export const fragmentFormOf = (address: URL): URL | null => {
  const match = ANSWER_ADDRESS.exec(canonicalPath(address.pathname) ?? '');
  const entries = new URLSearchParams(address.search);
  if (!match || entries.toString() === '' || entries.has(PRIVATE_KEYS.submitted)) return null;
  const [, locale, planPage, check, question] = match;
  entries.delete(PRIVATE_KEYS.step);
  entries.delete(PRIVATE_KEYS.part);
  const part = anchorOf(address);
  if (planPage) {
    if (part) entries.append(PRIVATE_KEYS.part, part);
    return new URL(`/${locale}/${planPage}#${entries.toString()}`, address);
  }
  const step = check ?? question!;
  return new URL(`/${locale}/questions#${new URLSearchParams([[PRIVATE_KEYS.step, step], ...entries]).toString()}`, address);
};
