// One question page; each app/[locale]/questions/<id>/page.tsx is this route for its question.
// Fixed folders rather than a [question] segment: an unknown question then falls to the static
// not-found page, which (unlike notFound() in a dynamic page) renders without JavaScript.
import type {Metadata} from 'next';
import {redirect} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {QUESTION_IDS, firstUnanswered, nextQuestion, previousQuestion, questionsFor, type QuestionId} from '@/lib/answers/questions';
import {FORM_ERRORS, formValuesFrom, validateQuestion, type FieldErrors} from '@/lib/answers/question-forms';
import {toQueryEntries} from '@/lib/answers/to-query';
import {PRIVATE_KEYS} from '@/lib/answers/url-contract';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {linksFor} from '@/lib/links';
import {QuestionForm} from '@/components/questions/QuestionForm';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {defaultValues, fieldView, titleKey, voiceOf} from '@/app/_server/question-view';
import {localizedMetadata} from '@/app/_server/seo';
import {LeftGuard} from '@/components/LeftGuard';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

/** Reads the request once: the answers so far, and the errors of a submission if there was one. */
const readRequest = async (question: QuestionId, {params, searchParams}: Props) => {
  const {locale} = await params;
  const query = toSearchParams(await searchParams);
  const submitted = query.get(PRIVATE_KEYS.submitted) === '1';
  const errors: FieldErrors = submitted ? validateQuestion(question, formValuesFrom(query, question)) : {};
  return {locale, query, submitted, errors, editing: query.get(PRIVATE_KEYS.editing) === '1', ...parseAnswers(query)};
};

const generateMetadata = async (question: QuestionId, props: Props): Promise<Metadata> => {
  const {locale, errors, query, answers} = await readRequest(question, props);
  const t = await getTranslations({locale, namespace: 'Questions'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const title = t(titleKey(question, answers), voiceOf(answers));
  // The first question with no answers yet is a public entry point; any page carrying answers is not indexed.
  if (question === QUESTION_IDS[0] && [...query.keys()].length === 0) {
    return localizedMetadata({locale, path: `/questions/${question}`, title, description: meta('description')});
  }
  return {title: Object.keys(errors).length > 0 ? `${t('errorPrefix')} ${title}` : title, robots: {index: false}};
};

const QuestionPage = async (question: QuestionId, props: Props) => {
  const {locale, query, submitted, errors, editing, answers, answered} = await readRequest(question, props);
  setRequestLocale(locale);
  const links = linksFor(locale);
  const state = {answers, answered};

  // A question this person is not asked (the province outside Canada) sends them to the first one.
  if (!questionsFor(answers).includes(question)) redirect(links.question(QUESTION_IDS[0], state, {editing}));

  if (submitted && Object.keys(errors).length === 0) {
    const next = editing ? firstUnanswered(answers, answered) : nextQuestion(question, answers);
    redirect(next ? links.question(next, state, {editing}) : links.check(state));
  }

  const t = await getTranslations({locale, namespace: 'Questions'});
  const list = questionsFor(answers);
  const previous = previousQuestion(question, answers);
  const backHref = editing ? links.check(state) : previous ? links.question(previous, state) : links.home();

  // After a failed submission, show what was typed rather than what the link held before.
  const submittedValues = formValuesFrom(query, question);
  const defaults = submitted
    ? (Object.fromEntries(Object.entries(submittedValues).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>)
    : defaultValues(question, answers, answered);
  const errorText = await getTranslations({locale, namespace: 'Questions.errors'});
  const errorTexts = Object.fromEntries(FORM_ERRORS.map((key) => [key, errorText(key, voiceOf(answers))]));
  const serverErrors = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, errorTexts[key ?? ''] ?? String(key)]));

  return (
    <>
      <LeftGuard locale={locale} />
      <LanguageSwitch locale={locale} path={`/questions/${question}`} query={query.toString()} />
      <p>
        <a className="back-link" href={backHref}>
          {t('back')}
        </a>
      </p>
      <p className="progress">{t('progress', {current: list.indexOf(question) + 1, total: list.length})}</p>
      <QuestionForm
        question={question}
        action={links.page(`/questions/${question}`)}
        hidden={[...toQueryEntries(answers, answered, question), ...(editing ? [[PRIVATE_KEYS.editing, '1'] as [string, string]] : [])]}
        title={t(titleKey(question, answers), voiceOf(answers))}
        hint={t.has(`${question}.hint`) ? t(`${question}.hint`) : undefined}
        field={await fieldView(locale, question, answers)}
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
