'use client';
// One question as a plain GET form. Without JavaScript the server validates it; with JavaScript,
// react-hook-form runs the same zod schema first and shows errors without a round trip, and, where the device
// draws the questions (./DeviceJourney.tsx), the answers go on to the next step on the device, never sent.
import {useContext, useEffect, useRef, type MouseEvent} from 'react';
import {useForm, type FieldErrors as RhfErrors, type Resolver} from 'react-hook-form';
import type {QuestionId} from '@/lib/answers/questions';
import type {FieldView} from '@/lib/views/field-view';
import {formTarget} from '@/components/history/form-target';
import {JourneyContext} from './journey-context';
import {HOLD_SUBMIT_SCRIPT, HOLD_UNTIL_READY, releaseHeldSubmit} from '@/components/hold-submit';

type Props = {
  question: QuestionId;
  action: string;
  hidden: [string, string][];
  title: string;
  hint?: string;
  field: FieldView;
  defaults: Record<string, string | string[]>;
  /** Errors found by the server on a submission without JavaScript, already translated. */
  serverErrors: Record<string, string>;
  errorTexts: Record<string, string>;
  labels: {continue: string; errorSummaryTitle: string; errorPrefix: string};
};

const fieldNames = (field: FieldView): string[] => (field.kind === 'ages' ? field.inputs.map((i) => i.name) : [field.name]);
const valuesOf = (form: HTMLFormElement | null, field: FieldView): Record<string, unknown> => {
  const data = form ? new FormData(form) : new FormData();
  return Object.fromEntries(
    fieldNames(field).map((name) => {
      if (field.kind === 'checkboxes') return [name, data.getAll(name).map(String)];
      const value = data.get(name); // an unanswered radio group stays undefined, not '' ("rather not say")
      return [name, value === null ? undefined : String(value)];
    }),
  );
};
const inputId = (name: string, index = 0) => (index === 0 ? `field-${name}` : `field-${name}-${index}`);

// The question's zod schema and the resolver load after the page, in their own chunk, so they stay out of
// the first-load JavaScript budget. If they cannot load (offline), the form submits and the server checks it.
const loadResolver = async (question: QuestionId): Promise<Resolver<Record<string, unknown>>> => {
  const [{zodResolver}, {questionForm}] = await Promise.all([import('@hookform/resolvers/zod'), import('@/lib/answers/question-forms')]);
  // The schemas have different shapes; the form handles them as plain records.
  return zodResolver(questionForm(question) as never) as unknown as Resolver<Record<string, unknown>>;
};

export const QuestionForm = ({question, action, hidden, title, hint, field, defaults, serverErrors, errorTexts, labels}: Props) => {
  const formRef = useRef<HTMLFormElement>(null);
  const submitOnDevice = useContext(JourneyContext);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resolverRef = useRef<Promise<Resolver<Record<string, unknown>>> | null>(null);
  const resolver = () => (resolverRef.current ??= loadResolver(question));
  // Loaded when the person starts answering, not while the page loads, so it never delays the page.
  const warmUp = () => {
    if (!resolverRef.current) void resolver().catch(() => (resolverRef.current = null));
  };
  // Inputs are plain, uncontrolled and not registered: react-hook-form runs the validation and holds
  // the errors, but never writes to the inputs, so nothing ticked before hydration is undone.
  const {handleSubmit, formState} = useForm<Record<string, unknown>>({
    // The form itself is the source of truth (it is what a submission sends): validating what it holds,
    // rather than react-hook-form's copy, keeps answers ticked before the page finished loading.
    resolver: async (_values, context, options) => {
      const values = valuesOf(formRef.current, field);
      try {
        return await (
          await resolver()
        )(values, context, options);
      } catch {
        resolverRef.current = null;
        return {values, errors: {}};
      }
    },
    shouldFocusError: false,
  });

  const clientErrors = Object.fromEntries(
    fieldNames(field).flatMap((name) => {
      const message = (formState.errors as RhfErrors)[name]?.message;
      return typeof message === 'string' ? [[name, errorTexts[message] ?? message]] : [];
    }),
  );
  const errors: Record<string, string> = formState.isSubmitted ? clientErrors : serverErrors;
  const errorEntries = fieldNames(field).flatMap((name) => (errors[name] ? [[name, errors[name]] as const] : []));

  // A "Continue" tapped before this page was ready was held (public/hold-submit.js): it goes now, on the device.
  useEffect(releaseHeldSubmit, []);
  useEffect(() => {
    if (formState.submitCount > 0 && errorEntries.length > 0) summaryRef.current?.focus();
  }, [formState.submitCount, errorEntries.length]);

  // The server prefixes the title on a failed submission without JavaScript; do the same here.
  useEffect(() => {
    if (!formState.isSubmitted) return;
    const prefix = `${labels.errorPrefix} `;
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = errorEntries.length > 0 ? prefix + base : base;
  }, [formState.isSubmitted, formState.submitCount, errorEntries.length, labels.errorPrefix]);

  useEffect(() => {
    if (!formState.isSubmitted && Object.keys(serverErrors).length > 0) summaryRef.current?.focus();
  }, [formState.isSubmitted, serverErrors]);

  // GOV.UK "exclusive" checkbox: "None of these" unticks the others, and the others untick it.
  const onCheckboxChange = (name: string, option: {value: string; exclusive?: boolean}, checked: boolean) => {
    if (!checked || field.kind !== 'checkboxes') return;
    const exclusive = new Set(field.options.filter((o) => o.exclusive).map((o) => o.value));
    for (const box of formRef.current?.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`) ?? []) {
      if (box.value !== option.value && (option.exclusive || exclusive.has(box.value))) box.checked = false;
    }
  };

  // Rendered into the HTML too, so answers show as chosen before (or without) JavaScript.
  const isDefault = (name: string, value: string) => {
    const current = defaults[name];
    return Array.isArray(current) ? current.includes(value) : current === value;
  };

  // Where the answers live after `#`, following a link to a field would replace them: the field gets the focus instead.
  const focusField = (event: MouseEvent<HTMLAnchorElement>) => {
    const id = event.currentTarget.hash.slice(1);
    const input = document.getElementById(id);
    if (!input) return;
    event.preventDefault();
    input.focus();
  };

  const hintId = hint ? `hint-${question}` : undefined;
  return (
    // The listeners only warm the next page up; the form's own controls stay the way to interact.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={formRef}
      method="get"
      action={action}
      {...HOLD_UNTIL_READY}
      noValidate
      // Not on focus: the page puts the focus on the heading when it loads, and the warm-up must never
      // compete with the page's own loading.
      onPointerDown={warmUp}
      onKeyDown={warmUp}
      onInput={warmUp}
      // Once valid, the next step replaces this one in the history (see JourneyHistory.tsx).
      // The ref is read when the form is submitted, not while rendering (the rule cannot see through handleSubmit).
      // oxlint-disable-next-line react/refs
      onSubmit={handleSubmit(() => {
        if (!formRef.current) return;
        const target = formTarget(formRef.current);
        if (submitOnDevice) submitOnDevice(question, target.searchParams);
        else window.location.replace(target);
      })}
    >
      {/* Holds a "Continue" tapped before the page is ready (React hoists it into the head, once). */}
      <script src={HOLD_SUBMIT_SCRIPT} async />
      {errorEntries.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{labels.errorSummaryTitle}</h2>
          <ul>
            {errorEntries.map(([name, message]) => (
              <li key={name}>
                <a href={`#${inputId(name)}`} onClick={submitOnDevice ? focusField : undefined}>
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="s" value="1" />
      <fieldset className={errorEntries.length > 0 ? 'field field--error' : 'field'} aria-describedby={hintId}>
        <legend>
          <h1>{title}</h1>
        </legend>
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        {field.kind === 'ages' ? (
          field.inputs.map((input) => (
            <div className="age-input" key={input.name}>
              <label htmlFor={inputId(input.name)}>{input.label}</label>
              {errors[input.name] && (
                <p className="error-message" id={`error-${input.name}`}>
                  <span className="visually-hidden">{labels.errorPrefix} </span>
                  {errors[input.name]}
                </p>
              )}
              <span className="age-input__row">
                <input
                  id={inputId(input.name)}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={3}
                  defaultValue={typeof defaults[input.name] === 'string' ? (defaults[input.name] as string) : ''}
                  size={3}
                  aria-invalid={errors[input.name] ? true : undefined}
                  aria-describedby={errors[input.name] ? `error-${input.name}` : undefined}
                  name={input.name}
                />
                <span aria-hidden="true">{input.suffix}</span>
              </span>
            </div>
          ))
        ) : (
          <>
            {errors[field.name] && (
              <p className="error-message" id={`error-${field.name}`}>
                <span className="visually-hidden">{labels.errorPrefix} </span>
                {errors[field.name]}
              </p>
            )}
            <div className={field.kind === 'radios' ? 'choices choices--radios' : 'choices choices--checkboxes'}>
              {field.options.map((option, index) => {
                return (
                  <div key={option.value || 'not-said'}>
                    {option.dividerBefore && <p className="choices__divider">{option.dividerBefore}</p>}
                    <div className="choice">
                      <input
                        id={inputId(field.name, index)}
                        type={field.kind === 'radios' ? 'radio' : 'checkbox'}
                        value={option.value}
                        defaultChecked={isDefault(field.name, option.value)}
                        aria-describedby={errors[field.name] ? `error-${field.name}` : undefined}
                        name={field.name}
                        onChange={(event) => onCheckboxChange(field.name, option, event.target.checked)}
                      />
                      <label htmlFor={inputId(field.name, index)}>{option.label}</label>
                    </div>
                  </div>
                );
              })}
            </div>
          </>
        )}
      </fieldset>
      <button type="submit" className="button">
        {labels.continue}
      </button>
    </form>
  );
};
