// For support workers: a plain GET form that builds a plan link from the same questions, without JavaScript.
// Submitting opens the plan, whose address is the link to send; the share box on the plan shows it in full.
// With JavaScript, the answers go after `#` (SubmitToFragment): the server never sees them.
import {getTranslations} from 'next-intl/server';
import type {QuestionId} from '@/lib/answers/questions';
import {HELPER_CODES} from '@/lib/answers/url-contract';
import {linksFor} from '@/lib/links';
import type {FieldView} from '@/lib/views/field-view';
import {SubmitToFragment} from './SubmitToFragment';
import {HOLD_SUBMIT_SCRIPT, HOLD_UNTIL_READY} from './hold-submit';

/** Every question after "who", in asking order, as the form draws it (worded about the person supported). */
export type BuilderField = {id: QuestionId; view: FieldView};

export const LinkBuilder = async ({locale, fields}: {locale: string; fields: BuilderField[]}) => {
  const t = await getTranslations({locale, namespace: 'LinkBuilder'});
  const questions = await getTranslations({locale, namespace: 'Questions'});
  const voice = {who: 'supported'} as const;
  return (
    <section aria-labelledby="link-builder" className="link-builder">
      <h2 id="link-builder">{t('title')}</h2>
      <p>{t('lead')}</p>
      {/* A submission before the page is ready waits for it (./hold-submit.ts): React hoists this into the head. */}
      <script src={HOLD_SUBMIT_SCRIPT} async />
      <form id="link-builder-form" method="get" action={linksFor(locale).page('/plan')} {...HOLD_UNTIL_READY}>
        <fieldset className="field">
          <legend>{t('reader')}</legend>
          <div className="choices choices--radios">
            {(['me', 'supported'] as const).map((who) => (
              <div className="choice" key={who}>
                <input id={`builder-w-${who}`} type="radio" name="w" value={HELPER_CODES[who]} defaultChecked={who === 'me'} />
                <label htmlFor={`builder-w-${who}`}>{t(`reader_${who}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {fields.map(({id, view}) => (
          <fieldset className="field" key={id}>
            <legend>{questions(`${id}.title`, voice)}</legend>
            {id === 'province' && <p className="hint">{t('provinceHint')}</p>}
            {id === 'threatChannel' && <p className="hint">{t('threatChannelHint')}</p>}
            {id === 'madeBy' && <p className="hint">{t('madeByHint')}</p>}
            {view.kind === 'ages' ? (
              view.inputs.map((input) => (
                <div className="age-input" key={input.name}>
                  <label htmlFor={`builder-${input.name}`}>{input.label}</label>
                  <span className="age-input__row">
                    <input id={`builder-${input.name}`} name={input.name} type="text" inputMode="numeric" maxLength={3} size={3} autoComplete="off" />
                    <span aria-hidden="true">{input.suffix}</span>
                  </span>
                </div>
              ))
            ) : (
              <div className={view.kind === 'radios' ? 'choices choices--radios' : 'choices choices--checkboxes'}>
                {view.options.map((option, index) => (
                  <div className="choice" key={`${view.name}-${option.value || 'not-said'}`}>
                    <input
                      id={`builder-${view.name}-${index}`}
                      type={view.kind === 'radios' ? 'radio' : 'checkbox'}
                      name={view.name}
                      value={option.value}
                    />
                    <label htmlFor={`builder-${view.name}-${index}`}>{option.label}</label>
                  </div>
                ))}
              </div>
            )}
          </fieldset>
        ))}
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
      <SubmitToFragment formId="link-builder-form" />
    </section>
  );
};
