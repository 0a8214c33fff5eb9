// The content library of each locale, read once per server process.
import {join} from 'node:path';
import {loadContentLibrary, type ContentLibrary} from './load-content';

const CONTENT_ROOT = join(process.cwd(), 'content');
const libraries = new Map<string, ContentLibrary>();

export const contentLibrary = (locale: string): ContentLibrary => {
  let library = libraries.get(locale);
  if (!library) {
    library = loadContentLibrary(CONTENT_ROOT, locale);
    libraries.set(locale, library);
  }
  return library;
};
