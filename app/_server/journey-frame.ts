// What components/questions/DeviceJourney.tsx needs from the server besides the step: plain words and links.
import {getTranslations} from 'next-intl/server';
import {otherLanguages} from '@/components/LanguageSwitch';

export const journeyFrame = async (locale: string) => {
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const t = await getTranslations({locale, namespace: 'Questions'});
  return {
    locale,
    languages: await otherLanguages(locale, '/questions'),
    titleTemplate: meta('titleTemplate', {page: '%s'}),
    preparing: t('preparing'),
    failed: t('deviceFailed'),
  };
};
