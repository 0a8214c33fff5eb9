import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {firstUnanswered, questionsFor} from '@/lib/answers/questions';
import {toQueryString, withQuery} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {formatDate, toIsoDate} from '@/lib/dates';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {PlanItemView} from '@/components/plan/PlanItemView';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Plan'});
  return {title: t('title'), robots: {index: false}};
};

export default async function PlanPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {answers, answered, unusable} = parseAnswers(toSearchParams(await searchParams));
  const t = await getTranslations({locale, namespace: 'Plan'});
  const reason = await getTranslations({locale, namespace: 'Reasons'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const content = contentLibrary(locale);
  const query = toQueryString(answers, answered);
  const missing = questionsFor(answers).filter((question) => !answered.includes(question));
  const nextMissing = firstUnanswered(answers, answered);
  const answerMissingHref = nextMissing
    ? withQuery(`/${locale}/questions/${nextMissing}`, `${query ? `${query}&` : ''}e=1`)
    : undefined;

  if (answered.length === 0) {
    return (
      <>
        <LanguageSwitch locale={locale} path="/plan" />
        <h1>{t('emptyTitle')}</h1>
        <p>{t('empty')}</p>
        <p>
          <a className="button" href={`/${locale}/questions/country`}>
            {t('startAgain')}
          </a>
        </p>
      </>
    );
  }

  const plan = buildPlan(answers, content, toIsoDate(new Date()));
  const itemLabels = {
    why: t('why'),
    sources: t('sources'),
    links: t('links'),
    phones: t('phones'),
    call: (number: string) => t('call', {number}),
    sms: (number: string) => t('sms', {number}),
  };
  const questionNames = (list: string[]) => list.map((q) => t(`questionNames.${q}` as never)).join(', ');

  return (
    <>
      <LanguageSwitch locale={locale} path="/plan" query={query} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="muted">{t('madeOn', {date: formatDate(plan.madeOn, locale)})}</p>

      {unusable.length > 0 && (
        <div className="notice" role="status">
          <h2>{t('unusableTitle')}</h2>
          <p>
            {t('unusable')} {questionNames(unusable)}.
          </p>
        </div>
      )}
      {missing.length > 0 && answerMissingHref && (
        <div className="notice">
          <h2>{t('missingTitle')}</h2>
          <p>
            {t('missing')} {questionNames(missing)}.
          </p>
          <p>
            <a href={answerMissingHref}>{t('answerMissing')}</a>
          </p>
        </div>
      )}

      <nav aria-labelledby="contents-title" className="contents">
        <h2 id="contents-title">{t('contents')}</h2>
        <ol>
          {plan.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(`sections.${section.id}`)}</a>
            </li>
          ))}
        </ol>
      </nav>

      {plan.sections.map((section, sectionIndex) => (
        <section key={section.id} aria-labelledby={section.id} className="plan-section">
          <h2 id={section.id}>
            <span className="plan-section__number">{sectionIndex + 1}.</span> {t(`sections.${section.id}`)}
          </h2>
          {section.items.map((item, itemIndex) => {
            const entry = content.get(item.contentId);
            if (!entry) return null; // every referenced id is checked by the content tests
            const heading = item.platform && item.contentId === 'platform-generic'
              ? t('reportOn', {platform: platformName(item.platform)})
              : entry.title;
            return (
              <PlanItemView
                key={`${item.contentId}-${item.platform ?? ''}`}
                anchorId={`${section.id}-${itemIndex + 1}`}
                entry={entry}
                heading={heading}
                reasons={item.reasons.map((key) => reason(key as never))}
                callout={section.id === 'escalate' ? t('escalateOn', {date: formatDate(plan.escalateOn, locale)}) : undefined}
                labels={{...itemLabels, reviewed: t('reviewed', {date: formatDate(entry.reviewed, locale)})}}
              />
            );
          })}
        </section>
      ))}

      <div className="plan-actions">
        <p>{t('keepLink')}</p>
        <p>
          <a href={withQuery(`/${locale}/check`, query)}>{t('changeAnswers')}</a>
        </p>
        <p>
          <a href={`/${locale}/questions/country`}>{t('startAgain')}</a>
        </p>
      </div>
    </>
  );
}
