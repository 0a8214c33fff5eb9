// The check page from a query link (without JavaScript, the journey's last step). With JavaScript, its answers move
// after `#` at once and it is drawn on the device from then on (components/questions/DeviceJourney.tsx).
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryString} from '@/lib/answers/to-query';
import {toSearchParams, type SearchParamsRecord} from '@/lib/answers/search-params';
import {linksFor} from '@/lib/links';
import {buildCheckStepView} from '@/lib/views/journey-view';
import {FocusHeading} from '@/components/FocusHeading';
import {LanguageSwitch} from '@/components/LanguageSwitch';
import {CheckStep} from '@/components/questions/CheckStep';
import {DeviceJourney} from '@/components/questions/DeviceJourney';
import {serverWords} from '@/app/_server/server-words';
import {journeyFrame} from '@/app/_server/journey-frame';
import {LeftGuard} from '@/components/LeftGuard';

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
  const state = {answers, answered};
  const links = linksFor(locale);
  const view = await buildCheckStepView(serverWords(locale), state, links);

  return (
    <>
      <LeftGuard locale={locale} />
      <DeviceJourney {...await journeyFrame(locale)} fragmentAddress={links.stepOnDevice('check', state)}>
        <LanguageSwitch locale={locale} path="/check" query={toQueryString(answers, answered)} />
        <CheckStep view={view} />
      </DeviceJourney>
      <FocusHeading />
    </>
  );
}
