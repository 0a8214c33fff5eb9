import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {localizedMetadata} from '@/app/_server/seo';
import {HelpLinks} from '@/components/HelpLinks';
import {linksFor} from '@/lib/links';
import {EmergencyNumbers} from '@/components/EmergencyNumbers';
import {emergencyNumbers} from '@/app/_server/emergency-numbers';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Meta'});
  return {...localizedMetadata({locale, path: '', title: t('siteName'), description: t('description')}), title: {absolute: t('siteName')}};
};

export default async function HomePage({params}: Props) {
  const {locale} = await params;
  // The layout refuses an unknown locale too, but the page renders beside it: never read content for one.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Home'});
  const lane = await getTranslations({locale, namespace: 'Lane'});
  const nav = await getTranslations({locale, namespace: 'Nav'});
  return (
    <>
      <LanguageSwitch locale={locale} path="" />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {/* Someone blackmailed reaches "don't pay" and a helpline in two taps: this one, then their place. */}
      <aside className="lane-entry" aria-labelledby="lane-entry-title">
        <h2 id="lane-entry-title">{lane('entryTitle')}</h2>
        <p>{lane('entryText')}</p>
        <p>
          <a className="button" href={linksFor(locale).page('/now')}>
            {lane('entryButton')}
          </a>
        </p>
      </aside>
      <h2>{t('howTitle')}</h2>
      <ol className="steps">
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
      </ol>
      <p>
        <a className="button" href={linksFor(locale).start()}>
          {t('start')}
        </a>
      </p>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacy')}</p>
      <EmergencyNumbers title={t('emergencyTitle')} places={await emergencyNumbers(locale)} />
      <p className="muted">{t('supportWorkers')}</p>
      <nav aria-labelledby="browse-title">
        <h2 id="browse-title">{nav('browseTitle')}</h2>
        <HelpLinks locale={locale} />
      </nav>
    </>
  );
}
