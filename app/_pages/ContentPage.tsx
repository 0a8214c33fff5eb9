// A standalone page made of one content file: browse safely, privacy, and the like.
import type {ReactNode} from 'react';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {contentLibrary} from '@/lib/content/content-store';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {EntryView} from '@/components/EntryView';
import {entryLabels} from '@/app/_server/entry-labels';
import {localizedMetadata} from '@/app/_server/seo';
import type {CONTENT_PAGES} from '@/lib/directory/directory';
import type {PagePath} from '@/lib/pages';

type ContentPageId = (typeof CONTENT_PAGES)[number];

export const ContentPage = async ({locale, id, path, children}: {locale: string; id: ContentPageId; path: PagePath; children?: ReactNode}) => {
  const entry = contentLibrary(locale).get(id);
  if (!entry) throw new Error(`content/${locale} has no ${id}`); // guarded by the content tests
  const labelsFor = await entryLabels(locale);
  return (
    <>
      <LanguageSwitch locale={locale} path={path} />
      <h1>{entry.title}</h1>
      <EntryView entry={entry} labels={labelsFor(entry)} />
      {children}
    </>
  );
};

/** generateMetadata for a content page: its title, a neutral description, alternates and preview. */
const contentPageMetadata = async (locale: string, id: ContentPageId) => {
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const title = contentLibrary(locale).get(id)?.title ?? meta('siteName');
  return localizedMetadata({locale, path: `/${id}`, title, description: meta('description')});
};

type RouteProps = {params: Promise<{locale: string}>};

/** What app/[locale]/<id>/page.tsx exports for a content page: static, with its metadata; `after` adds a part below the text. */
export const contentPageRoute = (id: ContentPageId, after?: (locale: string) => ReactNode) => ({
  generateMetadata: async ({params}: RouteProps) => contentPageMetadata((await params).locale, id),
  Page: async ({params}: RouteProps) => {
    const {locale} = await params;
    setRequestLocale(locale);
    return (
      <ContentPage locale={locale} id={id} path={`/${id}`}>
        {after?.(locale)}
      </ContentPage>
    );
  },
});
