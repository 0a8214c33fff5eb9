// Site name and the quick-exit link, on every page.
import {getTranslations} from 'next-intl/server';

export const SiteHeader = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-name" href={`/${locale}`}>
          {meta('siteName')}
        </a>
        <a className="quick-exit" href={t('quickExitUrl')} rel="noreferrer" title={t('quickExitHint')}>
          {t('quickExit')}
        </a>
      </div>
    </header>
  );
};
