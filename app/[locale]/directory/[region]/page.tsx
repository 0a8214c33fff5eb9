import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {REGIONS, isRegion} from '@/lib/directory/directory';
import {DirectoryPage} from '@/app/_pages/DirectoryPage';
import {localizedMetadata} from '@/app/_server/seo';

type Props = {params: Promise<{locale: string; region: string}>};

export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => REGIONS.map((region) => ({locale, region})));

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale, region} = await params;
  if (!isRegion(region)) return {};
  const t = await getTranslations({locale, namespace: 'Directory'});
  return localizedMetadata({
    locale,
    path: `/directory/${region}`,
    title: t('regionTitle', {region: t(`regions.${region}`)}),
    description: t('description'),
  });
};

export default async function Page({params}: Props) {
  const {locale, region} = await params;
  if (!isRegion(region)) notFound();
  setRequestLocale(locale);
  return <DirectoryPage locale={locale} region={region} />;
}
