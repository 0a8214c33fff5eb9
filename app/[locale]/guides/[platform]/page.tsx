import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {EMPTY_ANSWERS, PLATFORMS, type Platform} from '@/lib/answers/schema';
import {contentLibrary} from '@/lib/content/content-store';
import {guideContentId} from '@/lib/directory/directory';
import {reportTextLines} from '@/lib/report/report-text';
import {hasReportText} from '@/lib/plan/rules';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {EntryView} from '@/components/EntryView';
import {entryLabels} from '@/app/_server/entry-labels';
import {CopyableText} from '@/components/plan/CopyableText';
import {renderLines} from '@/lib/views/text-lines';
import {linksFor} from '@/lib/links';
import {localizedMetadata} from '@/app/_server/seo';

type Props = {params: Promise<{locale: string; platform: string}>};

export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => PLATFORMS.map((platform) => ({locale, platform})));

const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale, platform} = await params;
  if (!isPlatform(platform)) return {};
  const t = await getTranslations({locale, namespace: 'Guides'});
  const name = (await getTranslations({locale, namespace: 'Platforms'}))(platform);
  return localizedMetadata({
    locale,
    path: `/guides/${platform}`,
    title: t('title', {platform: name}),
    description: t('description', {platform: name}),
  });
};

export default async function GuidePage({params}: Props) {
  const {locale, platform} = await params;
  if (!isPlatform(platform)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Guides'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  const links = linksFor(locale);
  const name = (await getTranslations({locale, namespace: 'Platforms'}))(platform);
  const entry = contentLibrary(locale).get(guideContentId(platform));
  if (!entry) throw new Error(`content/${locale} has no guide for ${platform}`); // guarded by the content tests
  const labels = (await entryLabels(locale))(entry);
  const text = hasReportText(platform)
    ? renderLines(reportTextLines(EMPTY_ANSWERS, entry.policy), await getTranslations({locale, namespace: 'ReportText'}))
    : undefined;

  return (
    <>
      <LanguageSwitch locale={locale} path={`/guides/${platform}`} />
      <p>
        <a className="back-link" href={links.page('/guides')}>
          {t('allGuides')}
        </a>
      </p>
      <h1>{t('title', {platform: name})}</h1>
      <EntryView entry={entry} labels={labels} />
      {text && (
        <section aria-labelledby="write">
          <h2 id="write">{t('writeTitle')}</h2>
          <p className="hint">{t('writeHint')}</p>
          <CopyableText id="guide-text" label={t('writeTitle')} text={text} lang={locale} copyLabel={texts('copy')} copiedLabel={texts('copied')} />
        </section>
      )}
      <aside className="callout" aria-labelledby="plan-cta">
        <h2 id="plan-cta">{t('planTitle')}</h2>
        <p>{t('planLead')}</p>
        <p>
          <a className="button" href={links.start({platforms: [platform]})}>
            {t('planCta')}
          </a>
        </p>
      </aside>
    </>
  );
}
