import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {questionsFor, type QuestionId} from '@/lib/answers/questions';
import {toQueryString, withQuery} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Check'});
  return {title: t('title'), robots: {index: false}};
};

export default async function CheckPage({params, searchParams}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {answers, answered} = parseAnswers(toSearchParams(await searchParams));
  const t = await getTranslations({locale, namespace: 'Check'});
  const q = await getTranslations({locale, namespace: 'Questions'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const query = toQueryString(answers, answered);
  const editHref = (question: QuestionId) => withQuery(`/${locale}/questions/${question}`, `${query ? `${query}&` : ''}e=1`);

  const age = (value: number | undefined) => (value === undefined ? t('notSaid') : t('ageValue', {age: value}));
  const rows: {question: QuestionId; label: string; value: string | undefined}[] = [];
  const shown = (question: QuestionId, value: string) => (answered.includes(question) ? value : undefined);
  for (const question of questionsFor(answers)) {
    switch (question) {
      case 'country':
        rows.push({question, label: t('country'), value: answers.country && q(`country.${answers.country}`)});
        break;
      case 'province':
        rows.push({question, label: t('province'), value: shown(question, answers.province ? q(`province.${answers.province}`) : t('notSaid'))});
        break;
      case 'platforms':
        rows.push({question, label: t('platforms'), value: shown(question, answers.platforms.map((p) => platformName(p)).join(', '))});
        break;
      case 'ages':
        rows.push({question, label: t('ageMade'), value: shown(question, age(answers.ageMade))});
        rows.push({question, label: t('ageNow'), value: shown(question, age(answers.ageNow))});
        break;
      case 'consent':
        rows.push({question, label: t('consent'), value: shown(question, answers.consent ? q(`consent.${answers.consent}`) : t('notSaid'))});
        break;
      case 'situation':
        rows.push({question, label: t('situation'), value: shown(question, answers.situation.map((s) => q(`situation.${s}`)).join(', '))});
        break;
    }
  }

  return (
    <>
      <LanguageSwitch locale={locale} path="/check" query={query} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value ?? <span className="muted">{t('notAnswered')}</span>}</dd>
            <dd className="summary-list__action">
              <a href={editHref(row.question)}>
                {row.value === undefined ? t('answer') : t('change')}
                <span className="visually-hidden"> – {row.label}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a className="button" href={withQuery(`/${locale}/plan`, query)}>
          {t('submit')}
        </a>
      </p>
      <FocusHeading />
    </>
  );
}
