// What each question shows, worded in one locale from the registry: its options and labels, its starting values.
// The words are passed in (lib/views/words.ts), so the server and the device word a question with the same code.
import {voiceOf} from './voice-of';
import type {WordsFor} from './words';
import type {Answers} from '@/lib/answers/schema';
import {answerKey, isCountry, isPlatform, notSaidKey} from './message-keys';
import {QUESTIONS, choiceFieldOf, chosenValues, isChoiceQuestion, type ChoiceQuestionId, type QuestionId} from '@/lib/answers/questions';
import type {FieldView} from './field-view';

/** Whether someone threatens the person: the questions after it then ask where anything is published. */
const threatened = (answers: Partial<Pick<Answers, 'situation'>>) => answers.situation?.includes('threats') === true;

/** The title key of a question for this person: once threats are said, the platforms question asks where anything is published. */
export const titleKey = (question: QuestionId, answers: Partial<Pick<Answers, 'situation'>>) =>
  question === 'platforms' && threatened(answers) ? ('platforms.titleThreatened' as const) : (`${question}.title` as const);

/** The label of one answer value, as the questions show it, in the voice of who is filling in. */
export const answerLabels = async (words: WordsFor, answers: Pick<Answers, 'who'> & Partial<Pick<Answers, 'situation'>>) => {
  const t = await words('Questions');
  const platformName = await words('Platforms');
  const voice = voiceOf(answers);
  return (id: ChoiceQuestionId, value: string): string => {
    if (id === 'platforms' && value === 'not-online' && threatened(answers)) return t('platforms.notPublished');
    if ((id === 'platforms' || id === 'threatChannel') && isPlatform(value)) return platformName(value);
    const key = answerKey(id, value);
    return key ? t(key, voice) : value;
  };
};

const PLACE_QUESTIONS = new Set<QuestionId>(['country', 'province']);

export const fieldView = async (words: WordsFor, locale: string, question: QuestionId, answers: Answers): Promise<FieldView> => {
  const t = await words('Questions');
  if (!isChoiceQuestion(question)) {
    return {
      kind: 'ages',
      inputs: QUESTIONS.ages.field.map((field) => ({name: field.key, label: t(`ages.${field.prop}`, voiceOf(answers)), suffix: t('ages.years')})),
    };
  }
  const label = await answerLabels(words, answers);
  const field = choiceFieldOf(question);
  // Places are listed in the alphabetical order of the locale, "elsewhere" last, so each person finds theirs.
  // Countries sort by their name, not by the label's preposition ("Au Canada", "En Belgique").
  const countryName = await words('Countries');
  const sortKey = (value: string) => (question === 'country' && isCountry(value) ? countryName(value) : label(question, value));
  const values = PLACE_QUESTIONS.has(question)
    ? [...field.codec.values].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : sortKey(a).localeCompare(sortKey(b), locale)))
    : question === 'platforms' && threatened(answers)
      ? // Someone threatened is first asked whether anything is published at all.
        ['not-online', ...field.codec.values.filter((value) => value !== 'not-online')]
      : field.codec.values;
  const options = values.map((value) => ({
    value: field.codec.code(value),
    label: label(question, value),
    ...(value === field.exclusive ? {exclusive: true} : {}),
    ...(value === field.dividerBefore ? {dividerBefore: t('notSure')} : {}),
  }));
  const notSaidLabel = QUESTIONS[question].notSaid ? notSaidKey(question) : undefined;
  const notSaid = notSaidLabel ? [{value: '', label: t(notSaidLabel), dividerBefore: t('notSure')}] : [];
  return {kind: field.multiple ? 'checkboxes' : 'radios', name: field.key, options: [...options, ...notSaid]};
};

/** The form's starting values: what the link already says for this question. */
export const defaultValues = (question: QuestionId, answers: Answers, answered: readonly QuestionId[]): Record<string, string | string[]> => {
  if (!isChoiceQuestion(question)) {
    return Object.fromEntries(QUESTIONS.ages.field.map((field) => [field.key, answers[field.prop]?.toString() ?? '']));
  }
  const field = choiceFieldOf(question);
  const codes = chosenValues(question, answers).map((value) => field.codec.code(value));
  if (field.multiple) return {[field.key]: codes};
  if (codes[0] !== undefined) return {[field.key]: codes[0]};
  // "I'd rather not say" was chosen: show it chosen; a question never answered shows nothing chosen.
  return answered.includes(question) && QUESTIONS[question].notSaid ? {[field.key]: ''} : {};
};
