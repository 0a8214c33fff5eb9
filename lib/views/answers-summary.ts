// The answers in words, one row per field: the check page lists them, the plan and the fiche recall them.
import {QUESTIONS, chosenValues, isChoiceQuestion, questionsFor, type QuestionId} from '@/lib/answers/questions';
import type {AnswerState} from '@/lib/links';
import {answerLabels} from './question-view';
import type {WordsFor} from './words';
import type {SummaryRow} from './plan-model';

export const summarizeAnswers = async (words: WordsFor, {answers, answered}: AnswerState): Promise<SummaryRow[]> => {
  const t = await words('Check');
  const label = await answerLabels(words, answers);
  const shown = (question: QuestionId, value: string) => (answered.includes(question) ? value : undefined);
  return questionsFor(answers).flatMap((question): SummaryRow[] => {
    if (!isChoiceQuestion(question)) {
      return QUESTIONS.ages.field.map((field) => {
        const age = answers[field.prop];
        return {question, label: t(field.prop), value: shown(question, age === undefined ? t('notSaid') : t('ageValue', {age}))};
      });
    }
    const values = chosenValues(question, answers).map((value) => label(question, value));
    // A question with a default ("for me") shows its default until it is answered.
    if (values.length === 0 && question === 'who') return [{question, label: t(question), value: label(question, 'me')}];
    return [{question, label: t(question), value: shown(question, values.length > 0 ? values.join(', ') : t('notSaid'))}];
  });
};
