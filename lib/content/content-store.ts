// The content library of each locale, read once per server process.
import {join} from 'node:path';
import {DEFAULT_LOCALE, isLocale} from '../../i18n/locales';
import {loadContentLibrary, type ContentLibrary} from './load-content';

const CONTENT_ROOT = join(process.cwd(), 'content');
const libraries = new Map<string, ContentLibrary>();

/** The content of a locale; an unknown locale (a request the router has not refused yet) reads the first one's. */
export const contentLibrary = (requested: string): ContentLibrary => {
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  let library = libraries.get(locale);
  if (!library) {
    library = loadContentLibrary(CONTENT_ROOT, locale);
    libraries.set(locale, library);
  }
  return library;
};
