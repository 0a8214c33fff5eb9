// The texts' and letters' words on the server: next-intl's, and each platform's rule from the content files.
import {contentLibrary} from '@/lib/content/content-store';
import type {TextSources} from '@/lib/views/report-texts';
import {serverWords} from './server-words';

export const serverTextSources = (locale: string): TextSources => ({
  locale,
  wordsIn: serverWords,
  policyIn: (inLocale, contentId) => contentLibrary(inLocale).get(contentId)?.policy,
});
