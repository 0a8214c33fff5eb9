// The questions drawn on the device: the step and the answers read from the address's fragment (never sent), the
// words from the locale's static data, and the same journey and builders as the server (lib/answers/journey.ts,
// lib/views/journey-view.ts). Loaded once the page is idle, or when the person answers.
import {isJourneyStep, questionOutcome, readQuestionRequest, type JourneyStep} from '@/lib/answers/journey';
import {parseAnswers} from '@/lib/answers/parse-answers';
import type {QuestionId} from '@/lib/answers/questions';
import {PRIVATE_KEYS} from '@/lib/answers/url-contract';
import {linksFor} from '@/lib/links';
import {buildCheckStepView, buildQuestionStepView, type JourneyHrefs, type JourneyStepView} from '@/lib/views/journey-view';
import {deviceData, deviceWords} from '@/components/on-device/device-data';

/** What the device does next: draw a step, or move to another address (a step, or the plan). */
export type DeviceStep = {kind: 'view'; view: JourneyStepView} | {kind: 'go'; href: string};

export const deviceJourneyHrefs = (locale: string): JourneyHrefs => {
  const links = linksFor(locale);
  return {
    question: (id, state, options) => links.stepOnDevice(id, state, options),
    check: (state) => links.stepOnDevice('check', state),
    plan: (state) => links.planOnDevice(state),
    home: links.home,
  };
};

/** The step a fragment names ("#q=ages&c=fr…"), or undefined when it names none (an anchor in the page, say). */
export const fragmentStep = (hash: string): JourneyStep | undefined => {
  const step = new URLSearchParams(hash.replace(/^#/, '')).get(PRIVATE_KEYS.step);
  return isJourneyStep(step) ? step : undefined;
};

const questionStep = async (locale: string, question: QuestionId, query: URLSearchParams): Promise<DeviceStep> => {
  const request = readQuestionRequest(question, query);
  const outcome = questionOutcome(question, request);
  const links = linksFor(locale);
  if (outcome.kind === 'go') {
    const state = {answers: request.answers, answered: request.answered};
    return {
      kind: 'go',
      href: outcome.step === 'check' ? links.stepOnDevice('check', state) : links.stepOnDevice(outcome.step, state, {editing: outcome.editing}),
    };
  }
  const words = deviceWords(await deviceData(locale));
  return {kind: 'view', view: await buildQuestionStepView(words, locale, question, request, deviceJourneyHrefs(locale), links.question(question))};
};

/** The step a fragment names, drawn as the server draws it. */
export const stepFromFragment = async (locale: string, hash: string): Promise<DeviceStep | undefined> => {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const step = fragmentStep(hash);
  if (!step) return undefined;
  // A link shows a step; only the form on screen submits one.
  query.delete(PRIVATE_KEYS.submitted);
  query.delete(PRIVATE_KEYS.step);
  if (step !== 'check') return questionStep(locale, step, query);
  const {answers, answered} = parseAnswers(query);
  const words = deviceWords(await deviceData(locale));
  return {kind: 'view', view: await buildCheckStepView(words, {answers, answered}, deviceJourneyHrefs(locale))};
};

/** A question's form submitted on the device: what the browser would have sent, read as the server reads it. */
export const submitOnDevice = (locale: string, question: QuestionId, query: URLSearchParams): Promise<DeviceStep> =>
  questionStep(locale, question, query);

/** Fetches the data ahead, so the next step draws at once (the same file for everyone: it says nothing). */
export const warmUp = (locale: string) =>
  deviceData(locale).then(
    () => undefined,
    () => undefined,
  );
