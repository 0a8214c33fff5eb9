// What the site keeps (nothing), what it is not (legal advice), and where to read more.
import {getTranslations} from 'next-intl/server';
import {linksFor} from '@/lib/links';

export const SiteFooter = async ({locale}: {locale: string}) => {
  const links = linksFor(locale);
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <footer className="site-footer">
      <p>{t('footerPrivacy')}</p>
      <p>{t('footerNotAdvice')}</p>
      <ul className="footer-links">
        <li>
          <a href={links.page('/browse-safely')}>{t('browseSafely')}</a>
        </li>
        <li>
          <a href={links.page('/privacy')}>{t('privacy')}</a>
        </li>
        <li>
          <a href={links.page('/accessibility')}>{t('accessibility')}</a>
        </li>
        <li>
          <a href={links.page('/support-workers')}>{t('supportWorkers')}</a>
        </li>
      </ul>
    </footer>
  );
};
