// The questions' one address with JavaScript, a static page the same for everyone: the first question, and every
// other step drawn on the device from what follows `#` (components/questions/DeviceJourney.tsx), so neither the
// answers nor the step reach the server. Without JavaScript, the first question's form goes on to the server's pages.
import type {Metadata} from 'next';
import {setRequestLocale} from 'next-intl/server';
import {QUESTION_IDS} from '@/lib/answers/questions';
import {readQuestionRequest} from '@/lib/answers/journey';
import {linksFor} from '@/lib/links';
import {buildQuestionStepView, questionTitle} from '@/lib/views/journey-view';
import {FocusHeading} from '@/components/FocusHeading';
import {FrameworkOnTouch} from '@/components/FrameworkOnTouch';
import {StepFragmentMark} from '@/components/FragmentMark';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {StaticLeftGuard} from '@/components/LeftGuard';
import {DeviceJourney} from '@/components/questions/DeviceJourney';
import {QuestionStep} from '@/components/questions/QuestionStep';
import {journeyFrame} from '@/app/_server/journey-frame';
import {serverWords} from '@/app/_server/server-words';

type Props = {params: Promise<{locale: string}>};

const FIRST = QUESTION_IDS[0];
const noAnswers = () => readQuestionRequest(FIRST, new URLSearchParams());

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  // The public entry point stays /questions/who; this address is where the device keeps the steps.
  return {title: await questionTitle(serverWords(locale), FIRST, noAnswers()), robots: {index: false}};
};

export default async function QuestionsPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const links = linksFor(locale);
  const view = await buildQuestionStepView(serverWords(locale), locale, FIRST, noAnswers(), links, links.page(`/questions/${FIRST}`));
  return (
    <>
      <FrameworkOnTouch />
      <StaticLeftGuard locale={locale} />
      <StepFragmentMark />
      <DeviceJourney {...await journeyFrame(locale)}>
        <LanguageSwitch locale={locale} path="/questions" />
        <QuestionStep view={view} />
      </DeviceJourney>
      <FocusHeading />
    </>
  );
}
