// Words that speak to the person shown as if they were the reader ("images of you", "it is not your fault"):
// where a parent or a supporter fills in the questions, no text the plan shows may carry them.
import type {Locale} from '@/i18n/locales';

export const SPEAKS_TO_THE_PERSON: Record<Locale, RegExp> = {
  fr: /\b(de vous|votre faute|vous pensez|vous protège|vous protègent|vos 18 ans|vous aviez|vous avez moins de|votre image|vos images|vous menace|vous fait du chantage|vous êtes en danger|vous n'avez rien fait|ce n'est pas vous|c'est vous que|vous faire du mal|vous enlever la vie|mettre fin à vos jours|vous n'avez pas à parler|vous n'avez jamais accepté|que vous n'avez pas donné votre accord)\b/i,
  en: /\b(of you|your fault|you are thinking|you're thinking|protects? you|you were under|your image|your images|your photo|threatening you|threatens you|blackmailing you|you are in danger|you did nothing|you have done nothing|you are not the one|you're not the one|hurt yourself|end your life|you were|you never agreed|you did not give your consent)\b/i,
};
