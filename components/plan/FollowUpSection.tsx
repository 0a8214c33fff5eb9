// Following up: the dated next steps once the person gives the day of their first report, and of each notice
// that starts a legal clock (a plain GET form that works without JavaScript), and calendar reminders for them.
import {getTranslations} from 'next-intl/server';
import {toQueryEntries} from '@/lib/answers/to-query';
import type {ClockInput, PlanModel} from '@/app/_server/plan-model';
import type {PlanRequest} from '@/app/_server/plan-request';

const DateInput = ({input, today}: {input: ClockInput; today: string}) => (
  <p className="follow-up__date">
    <label htmlFor={`sent-${input.id}`}>{input.label}</label>
    <input id={`sent-${input.id}`} name={input.name} type="date" defaultValue={input.value} max={today} aria-describedby="dates-hint" />
  </p>
);

export const FollowUpSection = async ({request, model}: {request: PlanRequest; model: PlanModel}) => {
  const {locale, state, today, links} = request;
  const t = await getTranslations({locale, namespace: 'FollowUp'});
  const withoutDates = toQueryEntries({...state.answers, reportedOn: undefined, sentOn: undefined}, state.answered);
  const hasDates = model.plan.reportedOn !== undefined || model.followUp.length > 0;
  const reportInput = model.clockInputs.find((input) => input.id === 'report');
  const letterInputs = model.clockInputs.filter((input) => input.id !== 'report');
  return (
    <section aria-labelledby="follow-up" className="plan-extra">
      <h2 id="follow-up">{t('title')}</h2>
      {model.followUp.length > 0 && (
        <ul className="follow-up">
          {model.followUp.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {model.reportDateIgnored && <p>{t('dateTooLate')}</p>}
      <form method="get" action={links.page('/plan')} className="follow-up__form" data-history="replace">
        {withoutDates.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <p className="hint" id="dates-hint">
          {t('hint')}
        </p>
        {reportInput && <DateInput input={reportInput} today={today} />}
        {letterInputs.length > 0 && (
          // Most people send no letter: their dates wait one tap away, open once one is given.
          <details open={letterInputs.some((input) => input.value)}>
            <summary>{t('lettersSummary')}</summary>
            <p className="hint">{t('datesHint')}</p>
            {letterInputs.map((input) => (
              <DateInput key={input.id} input={input} today={today} />
            ))}
          </details>
        )}
        <button type="submit" className="button button--secondary">
          {t('submit')}
        </button>
      </form>
      {hasDates && (
        <p>
          <a href={links.planFile('reminders.ics', state)} download="rappel.ics">
            {t('calendar')}
          </a>
          <br />
          <span className="hint">{t('calendarHint')}</span>
        </p>
      )}
    </section>
  );
};
