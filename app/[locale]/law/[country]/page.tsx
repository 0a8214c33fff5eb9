import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {LAW_PAGES} from '@/lib/directory/directory';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {EntryView} from '@/components/EntryView';
import {entryLabels} from '@/app/_server/entry-labels';
import {localizedMetadata} from '@/app/_server/seo';

type Country = keyof typeof LAW_PAGES;
type Props = {params: Promise<{locale: string; country: string}>};

const COUNTRIES = Object.keys(LAW_PAGES) as Country[];
const isCountry = (value: string): value is Country => (COUNTRIES as string[]).includes(value);

export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => COUNTRIES.map((country) => ({locale, country})));

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale, country} = await params;
  if (!isCountry(country)) return {};
  const t = await getTranslations({locale, namespace: 'Law'});
  const name = t(`countries.${country}`);
  return localizedMetadata({locale, path: `/law/${country}`, title: t('title', {country: name}), description: t('description', {country: name})});
};

export default async function LawPage({params}: Props) {
  const {locale, country} = await params;
  if (!isCountry(country)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Law'});
  const labelsFor = await entryLabels(locale);
  const content = contentLibrary(locale);
  return (
    <>
      <LanguageSwitch locale={locale} path={`/law/${country}`} />
      <h1>{t('title', {country: t(`countries.${country}`)})}</h1>
      <p>{t('lead')}</p>
      {LAW_PAGES[country].map((id) => {
        const entry = content.get(id);
        return entry ? <EntryView key={id} entry={entry} headingLevel={2} labels={labelsFor(entry)} /> : null;
      })}
    </>
  );
}
