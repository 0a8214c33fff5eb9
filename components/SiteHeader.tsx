// The quick-exit control (first after the skip link) and the site name, on every page.
import {getTranslations} from 'next-intl/server';
import {QuickExit} from './QuickExit';
import {linksFor} from '@/lib/links';

export const SiteHeader = async ({locale}: {locale: string}) => {
  const t = await getTranslations({locale, namespace: 'Layout'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const browseSafely = linksFor(locale).page('/browse-safely');
  return (
    <>
      {/* The exit works from the moment this small file runs, before the page's own JavaScript (React hoists it). */}
      <script src="/quick-exit.js" async />
      <header className="site-header">
        <div className="site-header__inner">
          <QuickExit
            href={t('quickExitUrl')}
            label={t('quickExit')}
            hint={t('quickExitHint')}
            shortcutAnnouncement={t('quickExitDone')}
            shortcutProgress={[t('quickExitProgress', {count: 1}), t('quickExitProgress', {count: 2})]}
            noScriptHint={t('quickExitNoScript')}
          />
          <a className="site-name" href={linksFor(locale).home()}>
            {meta('siteName')}
          </a>
        </div>
      </header>
      {/* Without JavaScript, Back can still show what the person saw: say so right under the exit, in one short
          line outside the sticky header (the plan's first screen keeps its room), with where to read more. */}
      <noscript>
        <p className="quick-exit-note">
          <a href={browseSafely}>{t('quickExitNoScript')}</a>
        </p>
      </noscript>
    </>
  );
};
