import type {ReactNode} from 'react';
import type {Metadata, Viewport} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {SiteHeader} from '@/components/SiteHeader';
import {SiteFooter} from '@/components/SiteFooter';
import {configuredOrigin} from '@/app/_server/site-origin';
import {ServiceWorker} from '@/components/offline/ServiceWorker';
import {JourneyHistory} from '@/components/history/JourneyHistory';
import '../styles';

type Props = {children: ReactNode; params: Promise<{locale: string}>};

export const generateStaticParams = () => {
  // Loading the content here makes `next build` fail, naming the file, when any content file is invalid.
  for (const locale of routing.locales) contentLibrary(locale);
  return routing.locales.map((locale) => ({locale}));
};

export const generateMetadata = async ({params}: Omit<Props, 'children'>): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Meta'});
  return {
    metadataBase: configuredOrigin(),
    title: {default: t('siteName'), template: t('titleTemplate', {page: '%s'})},
    description: t('description'),
    referrer: 'no-referrer',
    robots: {index: true, follow: true},
  };
};

export const viewport: Viewport = {width: 'device-width', initialScale: 1, colorScheme: 'light dark'};

export default async function LocaleLayout({children, params}: Props) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipLink')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        <ServiceWorker />
        <JourneyHistory />
      </body>
    </html>
  );
}
