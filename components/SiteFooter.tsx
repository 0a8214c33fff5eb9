// What the site keeps (nothing), what it is not (legal advice), and where to read more.
import {getTranslations} from 'next-intl/server';

export const SiteFooter = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <footer className="site-footer">
      <p>{t('footerPrivacy')}</p>
      <p>{t('footerNotAdvice')}</p>
      <ul className="footer-links">
        <li>
          <a href={`/${locale}/browse-safely`}>{t('browseSafely')}</a>
        </li>
        <li>
          <a href={`/${locale}/privacy`}>{t('privacy')}</a>
        </li>
        <li>
          <a href={`/${locale}/accessibility`}>{t('accessibility')}</a>
        </li>
        <li>
          <a href={`/${locale}/support-workers`}>{t('supportWorkers')}</a>
        </li>
      </ul>
    </footer>
  );
};
