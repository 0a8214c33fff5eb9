// The page of texts and the page of letters drawn on the device: the answers read from the address's fragment
// (never sent), the words from the locale's static data (the plan's, and the texts'), and the same builders as the
// server (lib/views). Loaded only when a fragment carries answers.
import {buildPlan} from '@/lib/plan/build-plan';
import {noticeViews} from '@/lib/views/notice-views';
import type {NoticeView} from '@/lib/views/plan-model';
import {platformReportTexts, type PlatformTexts} from '@/lib/views/report-texts';
import {openCompanionFragment} from '@/components/on-device/device-data';
import {devicePlanLinks} from './device-links';

export type DeviceTextsView = {texts: PlatformTexts[]; planHref: string};

export const deviceTextsView = async (locale: string, hash: string): Promise<DeviceTextsView | undefined> => {
  const opened = await openCompanionFragment(locale, hash);
  if (!opened) return undefined;
  const {plan, state, today, sources} = opened;
  const links = devicePlanLinks(locale);
  const content = new Map(plan.content.map((entry) => [entry.id, entry]));
  return {
    texts: await platformReportTexts(sources, state.answers, buildPlan(state.answers, today, content)),
    planHref: links.planOnDevice(state),
  };
};

export type DeviceLettersView = {notices: NoticeView[]; planHref: string; datesHref: string};

export const deviceLettersView = async (locale: string, hash: string): Promise<DeviceLettersView | undefined> => {
  const opened = await openCompanionFragment(locale, hash);
  if (!opened) return undefined;
  const {state, today, sources} = opened;
  const links = devicePlanLinks(locale);
  return {
    notices: await noticeViews(sources, state.answers, today),
    planHref: links.planOnDevice(state),
    datesHref: links.planOnDevice(state, 'follow-up'),
  };
};
