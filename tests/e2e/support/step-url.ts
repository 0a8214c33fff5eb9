// A step's address: its own page and the answers in the query without JavaScript; with JavaScript, the questions'
// one address with the step and the answers after `#` (components/questions/DeviceJourney.tsx).
import type {JourneyStep} from '../../../lib/answers/journey';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `answers`: the whole query the step's address ends with, in the contract's order; left out, any or none. */
export const atStep = (step: JourneyStep, answers?: string): RegExp => {
  const own = step === 'check' ? 'check' : `questions/${step}`;
  const first = step === 'who' ? '|questions$' : '';
  if (answers === undefined) return new RegExp(`/(?:${own}(?:\\?|$)|questions#q=${step}(?:&|$)${first})`);
  return new RegExp(`/(?:${own}\\?|questions#q=${step}&)${escape(answers)}$`);
};
