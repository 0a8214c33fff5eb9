// next-intl's words in one locale, as lib/views asks for them (lib/views/words.ts).
import {getTranslations} from 'next-intl/server';
import type {WordsFor} from '@/lib/views/words';

export const serverWords =
  (locale: string): WordsFor =>
  (namespace) =>
    getTranslations({locale, namespace});
