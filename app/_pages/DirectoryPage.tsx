// The directory of help for one place (or all): filter links that work without JavaScript, then entries.
import {getTranslations} from 'next-intl/server';
import {contentLibrary} from '@/lib/content/content-store';
import {DIRECTORY, REGIONS, directoryFor, type Region} from '@/lib/directory/directory';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {EntryView} from '@/components/EntryView';
import {entryLabels} from '@/app/_server/entry-labels';
import {linksFor} from '@/lib/links';

export const DirectoryPage = async ({locale, region}: {locale: string; region?: Region}) => {
  const t = await getTranslations({locale, namespace: 'Directory'});
  const labelsFor = await entryLabels(locale);
  const content = contentLibrary(locale);
  const ids = region ? directoryFor(region) : DIRECTORY.map((entry) => entry.id);
  const path = region ? (`/directory/${region}` as const) : '/directory';
  return (
    <>
      <LanguageSwitch locale={locale} path={path} />
      <h1>{region ? t('regionTitle', {region: t(`regions.${region}`)}) : t('title')}</h1>
      <p>{t('lead')}</p>
      <nav aria-labelledby="directory-filter" className="filter">
        <h2 id="directory-filter">{t('filter')}</h2>
        <ul className="filter__list">
          <li>
            <a href={linksFor(locale).directory()} aria-current={region ? undefined : 'page'}>
              {t('all')}
            </a>
          </li>
          {REGIONS.map((each) => (
            <li key={each}>
              <a href={linksFor(locale).directory(each)} aria-current={each === region ? 'page' : undefined}>
                {t(`regions.${each}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {ids.map((id) => {
        const entry = content.get(id);
        return entry ? <EntryView key={id} entry={entry} headingLevel={2} labels={labelsFor(entry)} /> : null;
      })}
    </>
  );
};
