import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {DirectoryPage} from '@/app/_pages/DirectoryPage';
import {localizedMetadata} from '@/app/_server/seo';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Directory'});
  return localizedMetadata({locale, path: '/directory', title: t('title'), description: t('description')});
};

export default async function Page({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  return <DirectoryPage locale={locale} />;
}
