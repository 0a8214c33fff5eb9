// One question page; each app/[locale]/questions/<id>/page.tsx is this route for its question.
// Fixed folders rather than a [question] segment: an unknown question then falls to the static
// not-found page, which (unlike notFound() in a dynamic page) renders without JavaScript.
// With JavaScript, the step's answers move after `#` at once and the next steps are drawn on the device
// (components/questions/DeviceJourney.tsx); without it, each answer comes back here in the query.
import type {Metadata} from 'next';
import {redirect} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {QUESTION_IDS, type QuestionId} from '@/lib/answers/questions';
import {questionOutcome, readQuestionRequest} from '@/lib/answers/journey';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {linksFor} from '@/lib/links';
import {buildQuestionStepView, questionTitle} from '@/lib/views/journey-view';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {QuestionStep} from '@/components/questions/QuestionStep';
import {localizedMetadata} from '@/app/_server/seo';
import {serverWords} from '@/app/_server/server-words';
import {journeyFrame} from '@/app/_server/journey-frame';
import {LeftGuard} from '@/components/LeftGuard';
import {DeviceJourney} from '@/components/questions/DeviceJourney';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<SearchParamsRecord>};

const readRequest = async (question: QuestionId, {params, searchParams}: Props) => {
  const {locale} = await params;
  return {locale, request: readQuestionRequest(question, toSearchParams(await searchParams))};
};

const generateMetadata = async (question: QuestionId, props: Props): Promise<Metadata> => {
  const {locale, request} = await readRequest(question, props);
  const t = await getTranslations({locale, namespace: 'Questions'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const title = await questionTitle(serverWords(locale), question, request);
  // The first question with no answers yet is a public entry point; any page carrying answers is not indexed.
  if (question === QUESTION_IDS[0] && [...request.query.keys()].length === 0) {
    return localizedMetadata({locale, path: `/questions/${question}`, title, description: meta('description')});
  }
  return {title: Object.keys(request.errors).length > 0 ? `${t('errorPrefix')} ${title}` : title, robots: {index: false}};
};

const QuestionPage = async (question: QuestionId, props: Props) => {
  const {locale, request} = await readRequest(question, props);
  setRequestLocale(locale);
  const links = linksFor(locale);
  const state = {answers: request.answers, answered: request.answered};
  const outcome = questionOutcome(question, request);
  if (outcome.kind === 'go')
    redirect(outcome.step === 'check' ? links.check(state) : links.question(outcome.step, state, {editing: outcome.editing}));

  const view = await buildQuestionStepView(serverWords(locale), locale, question, request, links, links.page(`/questions/${question}`));
  return (
    <>
      <LeftGuard locale={locale} />
      <DeviceJourney
        {...await journeyFrame(locale)}
        fragmentAddress={request.submitted ? undefined : links.stepOnDevice(question, state, {editing: request.editing})}
      >
        <LanguageSwitch locale={locale} path={`/questions/${question}`} query={request.query.toString()} />
        <QuestionStep view={view} />
      </DeviceJourney>
      <FocusHeading />
    </>
  );
};

export const questionRoute = (question: QuestionId) => ({
  generateMetadata: (props: Props) => generateMetadata(question, props),
  Page: (props: Props) => QuestionPage(question, props),
});
