// A link to the same page, with the same answers, in the other language.
import {getTranslations} from 'next-intl/server';
import {withQuery} from '@/lib/answers/to-query';

type Props = {locale: string; path: string; query?: string};

export const LanguageSwitch = async ({locale, path, query = ''}: Props) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <p className="language-switch">
      <a href={withQuery(`/${other}${path}`, query)} hrefLang={other} lang={t('otherLanguageLang')}>
        {t('otherLanguage')}
      </a>
    </p>
  );
};
