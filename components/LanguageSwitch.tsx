// A link to the same page, with the same answers, in each other language, named in that language.
import {getTranslations} from 'next-intl/server';
import {LOCALES} from '@/i18n/locales';
import {withQuery} from '@/lib/answers/to-query';
import type {PagePath} from '@/lib/pages';
import {LanguageLinks} from './LanguageLinks';

/** `path`: a page of the one list of pages (lib/pages.ts). */
type Props = {locale: string; path: PagePath; query?: string};

/** The same page in each other language, each named in its own language, as plain data. */
export const otherLanguages = (locale: string, path: PagePath, query = '') =>
  Promise.all(
    LOCALES.filter((other) => other !== locale).map(async (other) => ({
      locale: other,
      name: (await getTranslations({locale: other, namespace: 'Layout'}))('languageName'),
      href: withQuery(`/${other}${path}`, query),
    })),
  );

export const LanguageSwitch = async ({locale, path, query = ''}: Props) => <LanguageLinks languages={await otherLanguages(locale, path, query)} />;
