// The lane's second tap: for one place, "don't pay" and the helpline that fits the person (under 18, or 18 and
// over), the emergency numbers, and the way on to the full plan with the place and the threat already given.
import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {COUNTRIES, type Country} from '@/lib/answers/schema';
import {localizedMetadata} from '@/app/_server/seo';
import {laneView} from '@/app/_server/threat-lane';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {LanePlace} from '@/components/lane/LanePlace';

type Props = {params: Promise<{locale: string; place: string}>};

const isCountry = (value: string): value is Country => (COUNTRIES as readonly string[]).includes(value);

export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => COUNTRIES.map((place) => ({locale, place})));

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale, place} = await params;
  if (!isCountry(place)) return {};
  const t = await getTranslations({locale, namespace: 'Lane'});
  return localizedMetadata({locale, path: `/now/${place}`, title: t('pageTitle'), description: t('description')});
};

export default async function LanePlacePage({params}: Props) {
  const {locale, place} = await params;
  if (!hasLocale(routing.locales, locale) || !isCountry(place)) notFound();
  setRequestLocale(locale);
  return (
    <>
      <LanePlace view={await laneView(locale, place)} />
      <LanguageSwitch locale={locale} path={`/now/${place}`} />
    </>
  );
}
