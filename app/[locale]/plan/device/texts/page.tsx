// The page of texts for a person with JavaScript: a static page, the same for everyone, served at
// /{locale}/plan/texts when the address has no answer in its query (next.config.ts). The device writes the texts
// into it from the answers after `#`, which never leave it.
import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {StaticPlanFragmentMark} from '@/components/FragmentMark';
import {FocusHeading} from '@/components/FocusHeading';
import {StaticLeftGuard} from '@/components/LeftGuard';
import {otherLanguages} from '@/components/LanguageSwitch';
import {DeviceTexts} from '@/components/plan/DeviceTexts';
import {NoAnswersInLink} from '@/app/_pages/NoAnswersInLink';
import {textsPageLabels} from '@/app/_server/companion-labels';
import {journalLabels} from '@/app/_server/journal-labels';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Texts'});
  return {title: t('pageTitle'), robots: {index: false}};
};

export default async function TextsOnDevicePage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Texts'});
  return (
    <>
      <StaticLeftGuard locale={locale} />
      <StaticPlanFragmentMark />
      <DeviceTexts
        locale={locale}
        labels={await textsPageLabels(locale)}
        fill={(await journalLabels(locale)).fill}
        status={{preparing: t('preparing'), failed: t('deviceFailed')}}
        languages={await otherLanguages(locale, '/plan/texts')}
      >
        <NoAnswersInLink locale={locale} path="/plan/texts" />
      </DeviceTexts>
      <FocusHeading />
    </>
  );
}
