// What a page drawn from the answers shows for an address without any: without JavaScript, or with no fragment.
// The plan, the texts and the letters say the same.
import {getTranslations} from 'next-intl/server';
import {linksFor} from '@/lib/links';
import type {PagePath} from '@/lib/pages';
import {LanguageSwitch} from '@/components/LanguageSwitch';

export const NoAnswersInLink = async ({locale, path}: {locale: string; path: PagePath}) => {
  const t = await getTranslations({locale, namespace: 'Plan'});
  return (
    <>
      <LanguageSwitch locale={locale} path={path} />
      <h1>{t('emptyTitle')}</h1>
      <p>{t('empty')}</p>
      {/* The server cannot see a fragment: without JavaScript, say what a link with a `#` needs. */}
      <noscript>
        <p>{t('emptyNoScript')}</p>
      </noscript>
      <p>
        <a className="button" href={linksFor(locale).start()}>
          {t('startAgain')}
        </a>
      </p>
    </>
  );
};
