// The questions' steps made in a Web Worker: the same journey and builders as on the page (./device-journey.ts),
// off the page's own thread. The query arrives as text (the page's URLSearchParams cannot cross over).
import type {QuestionId} from '@/lib/answers/questions';
import {answerCalls} from '@/components/on-device/worker-calls';
import {stepFromFragment, submitOnDevice, warmUp} from './device-journey';

answerCalls({
  stepFromFragment,
  submitOnDevice: (locale: string, question: QuestionId, query: string) => submitOnDevice(locale, question, new URLSearchParams(query)),
  warmUp,
});
