// The lane for someone being blackmailed, first tap from the home page: "don't pay", and where they live (the
// second tap gives the help that fits them there). Static, the same for everyone; works without JavaScript.
import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {localizedMetadata} from '@/app/_server/seo';
import {laneEntry} from '@/app/_server/threat-lane';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {LaneStart} from '@/components/lane/LaneStart';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Lane'});
  // A neutral title: it is what a shared device's history shows.
  return localizedMetadata({locale, path: '/now', title: t('pageTitle'), description: t('description')});
};

export default async function LanePage({params}: Props) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <>
      <LaneStart view={await laneEntry(locale)} />
      <LanguageSwitch locale={locale} path="/now" />
    </>
  );
}
