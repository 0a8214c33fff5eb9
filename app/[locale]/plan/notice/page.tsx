// The letters a person can send, built from the same answers as the plan: each says what it is for, the law
// behind it and the deadline it starts, then the letter itself, to copy or print.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {NoticeLetter} from '@/components/plan/NoticeLetter';
import {openPlanRequest} from '@/app/_server/plan-request';
import {noticeViews} from '@/app/_server/notices-view';
import {LeftGuard} from '@/components/LeftGuard';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import {journalLabels} from '@/app/_server/journal-labels';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'NoticePage'});
  return {title: t('title'), robots: {index: false}};
};

export default async function NoticePage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {state, query, today, links} = await openPlanRequest(locale, await searchParams);
  const t = await getTranslations({locale, namespace: 'NoticePage'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  const notices = await noticeViews(locale, state.answers, today);
  const labels = {english: t('english'), letter: t('letter'), copy: texts('copy'), copied: texts('copied'), dates: t('datesLink')};
  return (
    <>
      <LeftGuard locale={locale} />
      <LanguageSwitch locale={locale} path="/plan/notice" query={query} />
      <p className="no-print">
        <a className="back-link" href={links.plan(state)}>
          {t('backToPlan')}
        </a>
      </p>
      <h1>{t('title')}</h1>
      <p className="no-print">{t('lead')}</p>
      <p className="no-print">{t('privacy')}</p>
      <FillFromCaseFile labels={(await journalLabels(locale)).fill} />
      {notices.length === 0 && <p>{t('none')}</p>}
      {notices.map((notice) => (
        <NoticeLetter key={notice.kind} notice={notice} locale={locale} datesHref={`${links.plan(state)}#follow-up`} labels={labels} />
      ))}
    </>
  );
}
