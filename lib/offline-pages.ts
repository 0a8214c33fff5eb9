// The answer-free pages the service worker keeps for every visitor at once, the same list for everyone (so that
// what is on the device never says what a person read): each locale's home page, the lane for someone being
// blackmailed (what to do now, for every place), its page on browsing safely, and its offline page. Plain data
// with no framework import: the service worker bundle reads it.
import {LOCALES} from '../i18n/locales';
import {COUNTRIES} from './answers/schema';

export const PAGES_FOR_EVERYONE: readonly string[] = LOCALES.flatMap((locale) => [
  `/${locale}`,
  `/${locale}/now`,
  ...COUNTRIES.map((country) => `/${locale}/now/${country}`),
  `/${locale}/browse-safely`,
  `/${locale}/offline`,
]);
