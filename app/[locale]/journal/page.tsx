// The optional journal of reports, on its own static page: it runs only in the browser and keeps its entries on
// this device, so the plan page stays light and the journal works offline.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {PLATFORMS} from '@/lib/answers/schema';
import {hasReportText} from '@/lib/plan/rules';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {JournalSection} from '@/components/journal/JournalSection';
import {localizedMetadata} from '@/app/_server/seo';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Journal'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  return localizedMetadata({locale, path: '/journal', title: t('title'), description: meta('description')});
};

export default async function JournalPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  return (
    <>
      <LanguageSwitch locale={locale} path="/journal" />
      <JournalSection locale={locale} places={PLATFORMS.filter(hasReportText).map((platform) => platformName(platform))} heading={1} />
    </>
  );
}
