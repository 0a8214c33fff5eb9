// One question page; each app/[locale]/questions/<id>/page.tsx is this route for its question.
// Fixed folders rather than a [question] segment: an unknown question then falls to the static
// not-found page, which (unlike notFound() in a dynamic page) renders without JavaScript.
import type {Metadata} from 'next';
import {redirect} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {firstUnanswered, nextQuestion, previousQuestion, questionsFor, QUESTION_KEYS, type QuestionId} from '@/lib/answers/questions';
import {formValuesFrom, validateQuestion, type FieldErrors} from '@/lib/answers/question-forms';
import {toQueryEntries, toQueryString, withQuery} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {QuestionForm} from '@/components/questions/QuestionForm';
import {FocusHeading} from '@/components/FocusHeading';
import {defaultValues, fieldView} from '@/components/questions/question-view';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {localizedMetadata} from '@/components/seo';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

const EDITING = 'e';
const SUBMITTED = 's';
const MULTIPLE: readonly QuestionId[] = ['platforms', 'situation'];

/** Reads the request once: the answers so far, and the errors of a submission if there was one. */
const readRequest = async (question: QuestionId, {params, searchParams}: Props) => {
  const {locale} = await params;
  const query = toSearchParams(await searchParams);
  const submitted = query.get(SUBMITTED) === '1';
  const errors: FieldErrors = submitted
    ? validateQuestion(question, formValuesFrom(query, QUESTION_KEYS[question], MULTIPLE.includes(question)))
    : {};
  return {locale, question, query, submitted, errors, editing: query.get(EDITING) === '1', ...parseAnswers(query)};
};

const generateMetadata = async (question: QuestionId, props: Props): Promise<Metadata> => {
  const {locale, errors, query} = await readRequest(question, props);
  const t = await getTranslations({locale, namespace: 'Questions'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const title = t(`${question}.title`);
  // The first question with no answers yet is a public entry point; any page carrying answers is not indexed.
  if (question === 'country' && [...query.keys()].length === 0) {
    return localizedMetadata({locale, path: '/questions/country', title, description: meta('description')});
  }
  return {title: Object.keys(errors).length > 0 ? `${t('errorPrefix')} ${title}` : title, robots: {index: false}};
};

const QuestionPage = async (question: QuestionId, props: Props) => {
  const {locale, query, submitted, errors, editing, answers, answered} = await readRequest(question, props);
  setRequestLocale(locale);
  const base = `/${locale}/questions`;
  const editSuffix: [string, string][] = editing ? [[EDITING, '1']] : [];

  if (question === 'province' && answers.country !== 'ca') {
    redirect(withQuery(`${base}/country`, new URLSearchParams([...toQueryEntries(answers, answered), ...editSuffix]).toString()));
  }

  if (submitted && Object.keys(errors).length === 0) {
    const next = editing ? firstUnanswered(answers, answered) : nextQuestion(question, answers);
    const target = next ? `${base}/${next}` : `/${locale}/check`;
    const entries = [...toQueryEntries(answers, answered), ...(next ? editSuffix : [])];
    redirect(withQuery(target, new URLSearchParams(entries).toString()));
  }

  const t = await getTranslations({locale, namespace: 'Questions'});
  const platformName = await getTranslations({locale, namespace: 'Platforms'});
  const list = questionsFor(answers);
  const position = list.indexOf(question) + 1;
  const previous = previousQuestion(question, answers);
  const stateQuery = toQueryString(answers, answered);
  const backHref = editing
    ? withQuery(`/${locale}/check`, stateQuery)
    : previous
      ? withQuery(`${base}/${previous}`, stateQuery)
      : `/${locale}`;

  // After a failed submission, show what was typed rather than what the link held before.
  const submittedValues = formValuesFrom(query, QUESTION_KEYS[question], MULTIPLE.includes(question));
  const defaults = submitted
    ? (Object.fromEntries(Object.entries(submittedValues).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>)
    : defaultValues(question, answers, answered);
  const errorTexts = Object.fromEntries(
    Object.keys(t.raw('errors') as Record<string, string>).map((key) => [key, t(`errors.${key}` as never)]),
  );
  const serverErrors = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, errorTexts[key ?? ''] ?? String(key)]),
  );

  return (
    <>
      <LanguageSwitch locale={locale} path={`/questions/${question}`} query={query.toString()} />
      <p>
        <a className="back-link" href={backHref}>
          {t('back')}
        </a>
      </p>
      <p className="progress">{t('progress', {current: position, total: list.length})}</p>
      <QuestionForm
        question={question}
        action={`${base}/${question}`}
        hidden={[...toQueryEntries(answers, answered, question), ...editSuffix]}
        title={t(`${question}.title`)}
        hint={t.has(`${question}.hint`) ? t(`${question}.hint`) : undefined}
        field={fieldView(question, t, platformName)}
        defaults={defaults}
        serverErrors={serverErrors}
        errorTexts={errorTexts}
        labels={{continue: t('continue'), errorSummaryTitle: t('errorSummaryTitle'), errorPrefix: t('errorPrefix')}}
      />
      <FocusHeading />
    </>
  );
};

export const questionRoute = (question: QuestionId) => ({
  generateMetadata: (props: Props) => generateMetadata(question, props),
  Page: (props: Props) => QuestionPage(question, props),
});
