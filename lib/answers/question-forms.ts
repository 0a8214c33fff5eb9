// The form of each question, built from the registry: field names are the URL contract's keys, so a submitted
// GET form is a valid link. Error messages are message keys (`Questions.errors.<key>`), translated where shown.
import {z} from 'zod/mini';
import {readAge} from './schema';
import {QUESTION_IDS, QUESTIONS, choiceFieldOf, fieldsOf, isChoiceQuestion, type ChoiceField, type QuestionId} from './questions';

const NOT_SAID = '';

/** Every error a question's form can show: a key of `Questions.errors` in the messages. */
export const FORM_ERRORS = [
  'chooseWho',
  'chooseCountry',
  'chooseProvince',
  'choosePlatform',
  'chooseConsent',
  'chooseSituation',
  'chooseThreatChannel',
  'noneAlone',
  'notOnlineAlone',
  'ageNotNumber',
  'ageOutOfRange',
  'ageNowBeforeMade',
] as const;
export type FormError = (typeof FORM_ERRORS)[number];

// A missing field reads as an empty one: "I'd rather not say". The age is read by the URL parser's own rule.
const ageField = z.pipe(
  z.transform((raw: unknown) => (typeof raw === 'string' ? raw : NOT_SAID)),
  z.string().check(
    z.refine((value) => value.trim() === NOT_SAID || /^\s*\d{1,3}\s*$/.test(value), {error: 'ageNotNumber'}),
    z.refine((value) => value.trim() === NOT_SAID || !/^\s*\d{1,3}\s*$/.test(value) || readAge(value) !== undefined, {error: 'ageOutOfRange'}),
  ),
);

const codesOf = (field: ChoiceField) => field.codec.values.map((value) => field.codec.code(value)) as [string, ...string[]];

// Unticked checkbox groups arrive as nothing (no JS) or as `false` (react-hook-form).
const checkboxes = (field: ChoiceField) => {
  const list = z.pipe(
    z.transform((raw: unknown) => (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])),
    z.array(z.enum(codesOf(field), {error: field.error})).check(z.minLength(1, {error: field.error})),
  );
  if (field.exclusive === undefined) return list;
  const exclusive = field.codec.code(field.exclusive);
  return list.check(z.refine((codes) => !(codes.includes(exclusive) && codes.length > 1), {error: field.exclusiveError ?? 'noneAlone'}));
};

const choiceForm = (id: QuestionId, field: ChoiceField) =>
  z.object({
    [field.key]: field.multiple
      ? checkboxes(field)
      : z.enum(QUESTIONS[id].notSaid ? [...codesOf(field), NOT_SAID] : codesOf(field), {error: field.error}),
  });

const agesForm = () => {
  const [made, now] = QUESTIONS.ages.field;
  return z.object({[made.key]: ageField, [now.key]: ageField}).check(
    z.refine(
      (form: Record<string, string>) => {
        const ageMade = readAge(form[made.key] ?? '');
        const ageNow = readAge(form[now.key] ?? '');
        return ageMade === undefined || ageNow === undefined || ageNow >= ageMade;
      },
      {error: 'ageNowBeforeMade', path: [now.key]},
    ),
  );
};

const FORMS = new Map<QuestionId, z.ZodMiniType>(
  QUESTION_IDS.map((id) => [id, isChoiceQuestion(id) ? choiceForm(id, choiceFieldOf(id)) : agesForm()]),
);

/** The zod schema of one question's form (the browser runs it too, before submitting). */
export const questionForm = (id: QuestionId): z.ZodMiniType => FORMS.get(id)!;

export type FieldErrors = Partial<Record<string, string>>;

/** Validates the submitted fields of one question; returns the error key per field name. */
export const validateQuestion = (question: QuestionId, values: Record<string, unknown>): FieldErrors => {
  const result = questionForm(question).safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return errors;
};

/** The submitted values of a question's fields, read from a query string the way a browser sends a form. */
export const formValuesFrom = (query: URLSearchParams, question: QuestionId): Record<string, unknown> =>
  Object.fromEntries(
    fieldsOf(question).map((field) => [
      field.key,
      field.kind === 'choice' && field.multiple ? query.getAll(field.key) : (query.get(field.key) ?? undefined),
    ]),
  );
