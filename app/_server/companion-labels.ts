// The words of the page of texts and of the page of letters that do not depend on the answers: the same for the
// server's pages and for the static pages the device draws into.
import {getTranslations} from 'next-intl/server';
import type {TextsPageLabels} from '@/components/plan/TextsPageBody';
import type {LettersPageLabels} from '@/components/plan/LettersPageBody';

export const textsPageLabels = async (locale: string): Promise<TextsPageLabels> => {
  const t = await getTranslations({locale, namespace: 'Texts'});
  const notice = await getTranslations({locale, namespace: 'NoticePage'});
  return {
    pageTitle: t('pageTitle'),
    writeHint: t('writeHint'),
    none: t('none'),
    backToPlan: notice('backToPlan'),
    text: {
      writeTitle: t('writeTitle'),
      writeHint: t('writeHint'),
      writeLabel: t('writeLabel'),
      writeLabelEn: t('writeLabelEn'),
      copy: t('copy'),
      copied: t('copied'),
    },
  };
};

export const lettersPageLabels = async (locale: string): Promise<LettersPageLabels> => {
  const t = await getTranslations({locale, namespace: 'NoticePage'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  return {
    title: t('title'),
    lead: t('lead'),
    privacy: t('privacy'),
    none: t('none'),
    backToPlan: t('backToPlan'),
    letter: {english: t('english'), letter: t('letter'), copy: texts('copy'), copied: texts('copied'), dates: t('datesLink')},
  };
};
