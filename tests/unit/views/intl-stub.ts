// next-intl's server functions, for unit tests of the server-side view code: the same catalogues, through
// use-intl's own translator (next-intl's server entry needs a Next.js request to run).
import {createTranslator} from 'use-intl/core';
import {ALL_MESSAGES} from '@/i18n/all-messages';

type Locale = keyof typeof ALL_MESSAGES;

export const nextIntlServer = {
  getTranslations: async ({locale, namespace}: {locale: Locale; namespace?: string}) =>
    createTranslator({locale, messages: ALL_MESSAGES[locale], namespace: namespace as never, timeZone: 'UTC'}),
  getMessages: async ({locale}: {locale: Locale}) => ALL_MESSAGES[locale],
};
