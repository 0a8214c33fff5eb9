// One step of a plan in full, on a static page: cached at the edge, readable offline, and the same for everyone.
import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {helpPageIds} from '@/lib/directory/directory';
import {linksFor} from '@/lib/links';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {EntryView} from '@/components/EntryView';
import {entryLabels} from '@/app/_server/entry-labels';
import {localizedMetadata} from '@/app/_server/seo';

type Props = {params: Promise<{locale: string; id: string}>};

export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => helpPageIds().map((id) => ({locale, id})));

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale, id} = await params;
  const entry = contentLibrary(locale).get(id);
  if (!entry) return {};
  const meta = await getTranslations({locale, namespace: 'Meta'});
  return localizedMetadata({locale, path: `/help/${id}`, title: entry.title, description: meta('description')});
};

export default async function HelpPage({params}: Props) {
  const {locale, id} = await params;
  const entry = contentLibrary(locale).get(id);
  if (!entry || !helpPageIds().includes(id)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Guides'});
  const labels = (await entryLabels(locale))(entry);
  return (
    <>
      <LanguageSwitch locale={locale} path={`/help/${id}`} />
      <h1>{entry.title}</h1>
      <EntryView entry={entry} labels={labels} />
      <aside className="callout" aria-labelledby="plan-cta">
        <h2 id="plan-cta">{t('planTitle')}</h2>
        <p>{t('planLead')}</p>
        <p>
          <a className="button" href={linksFor(locale).start()}>
            {t('planCta')}
          </a>
        </p>
      </aside>
    </>
  );
}
