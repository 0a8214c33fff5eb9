// The page of texts and the page of letters drawn on the device: the answers read from the address's fragment
// (never sent), the words from the locale's static data (the plan's, and the texts'), and the same builders as the
// server (lib/views). Loaded only when a fragment carries answers.
import {toIsoDate} from '@/lib/dates';
import {linksFor} from '@/lib/links';
import {buildPlan} from '@/lib/plan/build-plan';
import {noticeViews} from '@/lib/views/notice-views';
import type {NoticeView} from '@/lib/views/plan-model';
import {platformReportTexts, type PlatformTexts} from '@/lib/views/report-texts';
import {deviceData, deviceTextSources, deviceTextsData, fragmentAnswers} from '@/components/on-device/device-data';

const openFragment = async (locale: string, hash: string) => {
  const {answers, answered} = fragmentAnswers(hash);
  if (answered.length === 0) return undefined;
  const [plan, texts] = await Promise.all([deviceData(locale), deviceTextsData(locale)]);
  const state = {answers, answered};
  return {plan, state, today: toIsoDate(new Date()), links: linksFor(locale), sources: deviceTextSources(plan, texts)};
};

export type DeviceTextsView = {texts: PlatformTexts[]; planHref: string};

export const deviceTextsView = async (locale: string, hash: string): Promise<DeviceTextsView | undefined> => {
  const opened = await openFragment(locale, hash);
  if (!opened) return undefined;
  const {plan, state, today, links, sources} = opened;
  const content = new Map(plan.content.map((entry) => [entry.id, entry]));
  return {
    texts: await platformReportTexts(sources, state.answers, buildPlan(state.answers, today, content)),
    planHref: links.planOnDevice(state),
  };
};

export type DeviceLettersView = {notices: NoticeView[]; planHref: string; datesHref: string};

export const deviceLettersView = async (locale: string, hash: string): Promise<DeviceLettersView | undefined> => {
  const opened = await openFragment(locale, hash);
  if (!opened) return undefined;
  const {state, today, links, sources} = opened;
  return {
    notices: await noticeViews(sources, state.answers, today),
    planHref: links.planOnDevice(state),
    datesHref: links.planOnDevice(state, 'follow-up'),
  };
};
