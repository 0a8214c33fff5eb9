// The form of each question: field names are the URL contract's keys, so a submitted GET form is a valid link.
// Error messages are message keys (`Questions.errors.<key>`), translated where they are shown.
import {z} from 'zod/mini';
import {AGE_MAX, AGE_MIN, COUNTRIES, PLATFORMS, PROVINCES} from './schema';
import {CONSENT_CODES, SITUATION_CODES} from './url-contract';
import type {QuestionId} from './questions';

const NOT_SAID = '';
// A missing field reads as an empty one: "I'd rather not say".
const ageField = z.pipe(z.transform((raw: unknown) => (typeof raw === 'string' ? raw : NOT_SAID)), z.string().check(
  z.refine((value) => value.trim() === NOT_SAID || /^\s*\d{1,3}\s*$/.test(value), {error: 'ageNotNumber'}),
  z.refine((value) => {
    if (value.trim() === NOT_SAID || !/^\s*\d{1,3}\s*$/.test(value)) return true;
    const age = Number(value);
    return age >= AGE_MIN && age <= AGE_MAX;
  }, {error: 'ageOutOfRange'}),
));
const toAge = (value: string) => (value.trim() === NOT_SAID ? undefined : Number(value));
// Unticked checkbox groups arrive as nothing (no JS) or as `false` (react-hook-form).
const checkboxes = <T extends string>(values: readonly T[], error: string) =>
  z.pipe(
    z.transform((raw: unknown) => (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])),
    z.array(z.enum(values as [T, ...T[]], {error})).check(z.minLength(1, {error})),
  );

export const QUESTION_FORMS = {
  country: z.object({c: z.enum(COUNTRIES, {error: 'chooseCountry'})}),
  province: z.object({r: z.enum([...PROVINCES, NOT_SAID], {error: 'chooseProvince'})}),
  platforms: z.object({p: checkboxes(PLATFORMS, 'choosePlatform')}),
  ages: z.object({a: ageField, b: ageField}).check(
    z.refine((form) => {
      const made = toAge(form.a);
      const now = toAge(form.b);
      return made === undefined || now === undefined || Number.isNaN(made) || Number.isNaN(now) || now >= made;
    }, {error: 'ageNowBeforeMade', path: ['b']}),
  ),
  consent: z.object({k: z.enum([...Object.values(CONSENT_CODES), NOT_SAID], {error: 'chooseConsent'})}),
  situation: z.object({
    u: checkboxes(Object.values(SITUATION_CODES), 'chooseSituation').check(
      z.refine((codes) => !(codes.includes(SITUATION_CODES.none) && codes.length > 1), {error: 'noneAlone'}),
    ),
  }),
} satisfies Record<QuestionId, z.ZodMiniType>;

export type FieldErrors = Partial<Record<string, string>>;

/** Validates the submitted fields of one question; returns the error key per field name. */
export const validateQuestion = (question: QuestionId, values: Record<string, unknown>): FieldErrors => {
  const result = QUESTION_FORMS[question].safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return errors;
};

/** The submitted values of a question's fields, read from a query string the way a browser sends a form. */
export const formValuesFrom = (query: URLSearchParams, keys: readonly string[], multiple: boolean): Record<string, unknown> =>
  Object.fromEntries(keys.map((key) => [key, multiple ? query.getAll(key) : query.get(key) ?? undefined]));
