// The plan for a person with JavaScript: a static page, the same for everyone, that the proxy serves at
// /{locale}/plan when the address has no query (proxy.ts). The device draws the plan into it from the answers
// after `#`, which never leave it; a CDN or any static host can serve it as a file.
import type {Metadata} from 'next';
import {preload} from 'react-dom';
import {planDataPath} from '@/lib/views/plan-data';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {StaticPlanFragmentMark} from '@/components/FragmentMark';
import {StaticLeftGuard} from '@/components/LeftGuard';
import {PlanWithoutAnswers} from '@/app/_pages/PlanWithoutAnswers';
import {FrameworkOnTouch} from '@/components/FrameworkOnTouch';

type Props = {params: Promise<{locale: string}>};

export const generateMetadata = async ({params}: Props): Promise<Metadata> => {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Plan'});
  return {title: t('title'), robots: {index: false}};
};

export default async function PlanOnDevicePage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  // The plan's data (the same file for everyone) is fetched with the page's scripts rather than after them.
  preload(planDataPath(locale), {as: 'fetch', crossOrigin: 'anonymous'});
  return (
    <>
      {/* The first screen is drawn without the framework (components/plan/early, built into public/), which then
          runs at the first touch, key or focus, or once the page has settled. */}
      <script src="/plan-early.js" async />
      <FrameworkOnTouch drawnEarly />
      <PlanWithoutAnswers locale={locale} guard={<StaticLeftGuard locale={locale} />} mark={<StaticPlanFragmentMark />} />
    </>
  );
}
