// The ready-to-paste report texts for every platform of a plan, one tap from each platform's step: worded from
// the same answers, in the plan's language and in English (many platforms' forms are in English).
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {ReportTexts} from '@/components/plan/GeneratedTexts';
import {openPlanRequest} from '@/app/_server/plan-request';
import {platformReportTexts} from '@/app/_server/report-texts';
import {LeftGuard} from '@/components/LeftGuard';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import {journalLabels} from '@/app/_server/journal-labels';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Texts'});
  return {title: t('pageTitle'), robots: {index: false}};
};

export default async function TextsPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const request = await openPlanRequest(locale, await searchParams);
  const t = await getTranslations({locale, namespace: 'Texts'});
  const notice = await getTranslations({locale, namespace: 'NoticePage'});
  const texts = await platformReportTexts(request);
  const labels = {
    writeTitle: t('writeTitle'),
    writeHint: t('writeHint'),
    writeLabel: t('writeLabel'),
    writeLabelEn: t('writeLabelEn'),
    copy: t('copy'),
    copied: t('copied'),
  };
  return (
    <>
      <LeftGuard locale={locale} />
      <LanguageSwitch locale={locale} path="/plan/texts" query={request.query} />
      <p>
        <a className="back-link" href={request.links.plan(request.state)}>
          {notice('backToPlan')}
        </a>
      </p>
      <h1>{t('pageTitle')}</h1>
      <p>{t('writeHint')}</p>
      <FillFromCaseFile labels={(await journalLabels(locale)).fill} />
      {texts.length === 0 && <p>{t('none')}</p>}
      {texts.map((text) => (
        <section key={text.platform} aria-labelledby={`text-${text.platform}`} className="plan-item">
          <h2 id={`text-${text.platform}`}>{text.name}</h2>
          <ReportTexts anchorId={text.platform} locale={locale} local={text.local} english={text.english} labels={labels} />
        </section>
      ))}
    </>
  );
}
