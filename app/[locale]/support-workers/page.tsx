import type {Metadata} from 'next';
import {setRequestLocale} from 'next-intl/server';
import {ContentPage, contentPageMetadata} from '@/components/ContentPage';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => contentPageMetadata((await params).locale, 'support-workers');

export default async function Page({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  return <ContentPage locale={locale} id="support-workers" path="/support-workers" />;
}
