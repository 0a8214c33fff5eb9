import type {Answers, Helper} from '../answers/schema';

/** Who the questions speak about, for messages that change with it ("vous", "votre enfant", "la personne"). */
export const voiceOf = (answers: Pick<Answers, 'who'>): {who: Helper} => ({who: answers.who ?? 'me'});
