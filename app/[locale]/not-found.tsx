import {getLocale, getTranslations} from 'next-intl/server';

export default async function NotFoundPage() {
  const locale = await getLocale();
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <>
      <title>{t('title')}</title>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={`/${locale}`}>{t('home')}</a>
      </p>
    </>
  );
}
