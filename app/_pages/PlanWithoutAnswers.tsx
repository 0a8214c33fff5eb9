// The plan's page for an address whose query holds no answers: with JavaScript, the device draws the plan from the
// answers after `#` (components/plan/DevicePlan.tsx); without, or with no fragment, it says there are no answers.
// Static at /{locale}/plan (the proxy serves app/[locale]/plan/device), per request for a query without answers.
import type {ReactNode} from 'react';
import {getTranslations} from 'next-intl/server';
import {FocusHeading} from '@/components/FocusHeading';
import {otherLanguages} from '@/components/LanguageSwitch';
import {NoAnswersInLink} from './NoAnswersInLink';
import {DevicePlan} from '@/components/plan/DevicePlan';

/** `guard` and `mark`: the quick exit's guard and the fragment's mark, with the request's nonce or allowed by hash. */
export const PlanWithoutAnswers = async ({locale, guard, mark}: {locale: string; guard: ReactNode; mark: ReactNode}) => {
  const t = await getTranslations({locale, namespace: 'Plan'});
  return (
    <>
      {guard}
      {mark}
      <DevicePlan
        locale={locale}
        title={t('title')}
        preparing={t('preparing')}
        restComing={t('restComing')}
        failed={t('deviceFailed')}
        languages={await otherLanguages(locale, '/plan')}
      >
        <NoAnswersInLink locale={locale} path="/plan" />
      </DevicePlan>
      <FocusHeading />
    </>
  );
};
