// The questions' steps made in a Web Worker (./journey-worker.ts), with the same functions as ./device-journey.ts:
// the journey's module (its schemas, its words) loads and runs there, not on the page's thread that the person is
// tapping on. Where no worker can run, the same module runs on the page.
import type {QuestionId} from '@/lib/answers/questions';
import {callsInWorker} from '@/components/on-device/worker-calls';
import type {DeviceStep} from './device-journey';

const onPage = () => import('./device-journey');
const worker = callsInWorker(() => new Worker(new URL('./journey-worker.ts', import.meta.url)));

const inWorkerElseOnPage = async <T>(name: string, args: unknown[], here: (journey: Awaited<ReturnType<typeof onPage>>) => Promise<T>) => {
  try {
    return await worker.call<T>(name, args);
  } catch {
    return here(await onPage());
  }
};

export const stepFromFragment = (locale: string, hash: string) =>
  inWorkerElseOnPage<DeviceStep | undefined>('stepFromFragment', [locale, hash], (journey) => journey.stepFromFragment(locale, hash));

export const submitOnDevice = (locale: string, question: QuestionId, query: URLSearchParams) =>
  inWorkerElseOnPage<DeviceStep>('submitOnDevice', [locale, question, query.toString()], (journey) =>
    journey.submitOnDevice(locale, question, query),
  );

export const warmUp = (locale: string) => inWorkerElseOnPage<undefined>('warmUp', [locale], (journey) => journey.warmUp(locale));
