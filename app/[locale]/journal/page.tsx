// The optional case file, on its own static page: it runs only in the browser and keeps its records on this
// device, so the plan page stays light and the case file works offline.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {PLATFORMS} from '@/lib/answers/schema';
import {hasReportText} from '@/lib/plan/rules';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {CaseFileLoader} from '@/components/journal/CaseFileLoader';
import {StaticLeftGuard} from '@/components/LeftGuard';
import {journalLabels} from '@/app/_server/journal-labels';
import '@/components/journal/case-file.css';
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
  const labels = await journalLabels(locale);
  return (
    <>
      {/* The case file is what the person wrote: Back after leaving must not show it either. */}
      <StaticLeftGuard locale={locale} />
      <LanguageSwitch locale={locale} path="/journal" />
      <section aria-labelledby="journal" className="plan-extra journal-section">
        <h1 id="journal">{labels.title}</h1>
        <noscript>
          <p>{labels.noScript}</p>
        </noscript>
        <CaseFileLoader places={PLATFORMS.filter(hasReportText).map((platform) => platformName(platform))} locale={locale} labels={labels} />
      </section>
    </>
  );
}
