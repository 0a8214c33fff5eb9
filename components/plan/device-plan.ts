// The plan drawn on the device: the answers read from the address's fragment (never sent: a browser keeps what
// follows `#`), the words and content from the locale's static plan data, and the same builders as the server
// (lib/views). Loaded only when a fragment carries answers.
import {toIsoDate} from '@/lib/dates';
import {buildPlanModel} from '@/lib/views/build-plan-model';
import {buildPlanView} from '@/lib/views/build-plan-view';
import type {PlanView} from '@/lib/views/plan-view';
import {deviceData, deviceWords, fragmentAnswers} from '@/components/on-device/device-data';
import {devicePlanLinks, devicePlanUrl} from './device-links';

/** Gives the browser a turn between the long steps, so that a slow phone stays responsive while the plan is made. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const devicePlanView = async (locale: string, hash: string): Promise<PlanView | undefined> => {
  const parsed = fragmentAnswers(hash);
  if (parsed.answered.length === 0) return undefined;
  const data = await deviceData(locale);
  await yieldToBrowser();
  const words = deviceWords(data);
  const content = new Map(data.content.map((entry) => [entry.id, entry]));
  const state = {answers: parsed.answers, answered: parsed.answered};
  const links = devicePlanLinks(locale);
  const today = toIsoDate(new Date());
  const model = await buildPlanModel({locale, parsed, state, today, links}, {words, content});
  await yieldToBrowser();
  return buildPlanView(words, {state, today, links, planUrl: devicePlanUrl(links, state), drawnOnDevice: {locale}}, model);
};
