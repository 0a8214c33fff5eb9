// Shown by the service worker when a page is asked for offline and was never kept on this device.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {HelpLinks} from '@/components/HelpLinks';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Offline'});
  return {title: t('title'), robots: {index: false}};
};

export default async function OfflinePage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Offline'});
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>{t('answers')}</p>
      <HelpLinks locale={locale} only={['/guides', '/directory']} />
    </>
  );
}
