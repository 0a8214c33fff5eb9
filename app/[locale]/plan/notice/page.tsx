// The notice to a host as a printable letter, built from the same answers as the plan.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryString, withQuery} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {toIsoDate} from '@/lib/dates';
import {hostNoticeText} from '@/components/plan/plan-view';
import {LanguageSwitch} from '@/components/LanguageSwitch';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Plan'});
  return {title: t('noticePageTitle'), robots: {index: false}};
};

export default async function NoticePage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {answers, answered} = parseAnswers(toSearchParams(await searchParams));
  const t = await getTranslations({locale, namespace: 'Plan'});
  const query = toQueryString(answers, answered);
  const letter = await hostNoticeText(locale, answers, toIsoDate(new Date()));
  return (
    <>
      <LanguageSwitch locale={locale} path="/plan/notice" query={query} />
      <p className="no-print">
        <a className="back-link" href={withQuery(`/${locale}/plan`, query)}>
          {t('backToPlan')}
        </a>
      </p>
      <h1 className="no-print">{t('noticePageTitle')}</h1>
      <p className="no-print">{t('noticePageLead')}</p>
      <div className="letter">
        {letter.split('\n').map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </>
  );
}
