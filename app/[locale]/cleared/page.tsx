// The end of "Delete everything": the page is sent with Clear-Site-Data (next.config.ts), which empties what the
// site kept, the browser's own cache of it included. No service worker is registered from here.
import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {linksFor} from '@/lib/links';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Device'});
  return {title: t('clearedTitle'), robots: {index: false}};
};

export default async function ClearedPage({params}: Props) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Device'});
  const layout = await getTranslations({locale, namespace: 'Layout'});
  const notFoundWords = await getTranslations({locale, namespace: 'NotFound'});
  const links = linksFor(locale);
  return (
    <>
      <h1>{t('clearedTitle')}</h1>
      <p>{t('cleared')}</p>
      <p>
        <a href={links.page('/browse-safely')}>{layout('browseSafely')}</a>
      </p>
      <p>
        <a href={links.home()}>{notFoundWords('home')}</a>
      </p>
    </>
  );
}
