// A standalone page made of one content file: browse safely, privacy, and the like.
import {getTranslations} from 'next-intl/server';
import {contentLibrary} from '@/lib/content/content-store';
import {formatDate} from '@/lib/dates';
import {LanguageSwitch} from './LanguageSwitch';

export const ContentPage = async ({locale, id, path}: {locale: string; id: string; path: string}) => {
  const entry = contentLibrary(locale).get(id);
  if (!entry) throw new Error(`content/${locale} has no ${id}`); // guarded by the content tests
  const t = await getTranslations({locale, namespace: 'Plan'});
  return (
    <>
      <LanguageSwitch locale={locale} path={path} />
      <h1>{entry.title}</h1>
      <div className="prose" dangerouslySetInnerHTML={{__html: entry.html}} />
      {entry.links.length > 0 && (
        <ul className="links">
          {entry.links.map((link) => (
            <li key={link.id}>
              <a href={link.url} rel="noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <details className="plan-item__sources">
        <summary>
          {t('sources')} · {t('reviewed', {date: formatDate(entry.reviewed, locale)})}
        </summary>
        <ul>
          {entry.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
};

/** generateMetadata for a content page: its title, and a neutral description. */
export const contentPageMetadata = async (locale: string, id: string) => {
  const meta = await getTranslations({locale, namespace: 'Meta'});
  return {title: contentLibrary(locale).get(id)?.title ?? meta('siteName'), description: meta('description')};
};
