// A link to the same page, with the same answers, in each other language, named in that language.
import {getTranslations} from 'next-intl/server';
import {LOCALES} from '@/i18n/locales';
import {withQuery} from '@/lib/answers/to-query';
import type {PagePath} from '@/lib/pages';

/** `path`: a page of the one list of pages (lib/pages.ts). */
type Props = {locale: string; path: PagePath; query?: string};

export const LanguageSwitch = async ({locale, path, query = ''}: Props) => {
  const others = await Promise.all(
    LOCALES.filter((other) => other !== locale).map(async (other) => ({
      other,
      name: (await getTranslations({locale: other, namespace: 'Layout'}))('languageName'),
    })),
  );
  return (
    <p className="language-switch">
      {others.map(({other, name}) => (
        <a key={other} href={withQuery(`/${other}${path}`, query)} hrefLang={other} lang={other}>
          {name}
        </a>
      ))}
    </p>
  );
};
