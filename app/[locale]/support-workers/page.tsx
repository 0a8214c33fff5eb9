import {setRequestLocale} from 'next-intl/server';
import {contentPageRoute, ContentPage} from '@/components/ContentPage';
import {LinkBuilder} from '@/components/LinkBuilder';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = contentPageRoute('support-workers').generateMetadata;

export default async function SupportWorkersPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  return (
    <>
      <ContentPage locale={locale} id="support-workers" path="/support-workers" />
      <LinkBuilder locale={locale} />
    </>
  );
}
