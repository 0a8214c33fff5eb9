// The letters a person can send, built from the same answers as the plan: each says what it is for, the law
// behind it and the deadline it starts, then the letter itself, to copy or print. This is the page drawn from a
// query (JavaScript off, an old link); with JavaScript the answers then move after `#` and the device draws the
// same page (app/[locale]/plan/device/notice).
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {SearchParamsRecord} from '@/lib/answers/search-params';
import {noticeViews} from '@/lib/views/notice-views';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {LeftGuard} from '@/components/LeftGuard';
import {FillFromCaseFile} from '@/components/journal/FillFromCaseFile';
import {AnswersToFragment} from '@/components/plan/AnswersToFragment';
import {LettersPageBody} from '@/components/plan/LettersPageBody';
import {openPlanRequest} from '@/app/_server/plan-request';
import {serverTextSources} from '@/app/_server/text-sources';
import {lettersPageLabels} from '@/app/_server/companion-labels';
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
  return (
    <>
      <LeftGuard locale={locale} />
      <AnswersToFragment query={query} />
      <LettersPageBody
        locale={locale}
        notices={await noticeViews(serverTextSources(locale), state.answers, today)}
        planHref={links.plan(state)}
        datesHref={links.plan(state, 'follow-up')}
        labels={await lettersPageLabels(locale)}
        languageSwitch={<LanguageSwitch locale={locale} path="/plan/notice" query={query} />}
        fill={<FillFromCaseFile labels={(await journalLabels(locale)).fill} />}
      />
    </>
  );
}
