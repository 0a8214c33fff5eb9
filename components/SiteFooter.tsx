// A short reminder of what the site keeps (nothing) and what it is not (legal advice).
import {getTranslations} from 'next-intl/server';

export const SiteFooter = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <footer className="site-footer">
      <p>{t('footerPrivacy')}</p>
      <p>{t('footerNotAdvice')}</p>
    </footer>
  );
};
