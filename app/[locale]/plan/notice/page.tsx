// The notice to a host as a printable letter, built from the same answers as the plan.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {openPlanRequest} from '@/app/_server/plan-request';
import {hostNoticeText} from '@/app/_server/plan-model';

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
  const letter = await hostNoticeText(locale, state.answers, today);
  return (
    <>
      <LanguageSwitch locale={locale} path="/plan/notice" query={query} />
      <p className="no-print">
        <a className="back-link" href={links.plan(state)}>
          {t('backToPlan')}
        </a>
      </p>
      <h1 className="no-print">{t('title')}</h1>
      <p className="no-print">{t('lead')}</p>
      <div className="letter">
        {letter.split('\n').map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </>
  );
}
