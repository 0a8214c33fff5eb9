// Following up: the dated next steps once the person gives the day of their first report, and of each notice
// that starts a legal clock (a plain GET form that works without JavaScript), and calendar reminders for them.
import {getTranslations} from 'next-intl/server';
import {toQueryEntries} from '@/lib/answers/to-query';
import type {PlanModel} from '@/app/_server/plan-model';
import type {PlanRequest} from '@/app/_server/plan-request';

export const FollowUpSection = async ({request, model}: {request: PlanRequest; model: PlanModel}) => {
  const {locale, state, today, links} = request;
  const t = await getTranslations({locale, namespace: 'FollowUp'});
  const withoutDates = toQueryEntries({...state.answers, reportedOn: undefined, sentOn: undefined}, state.answered);
  const hasDates = model.plan.reportedOn !== undefined || model.followUp.length > 0;
  return (
    <section aria-labelledby="follow-up" className="plan-extra">
      <h2 id="follow-up">{t('title')}</h2>
      {model.followUp.length > 0 ? (
        <ul className="follow-up">
          {model.followUp.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('lead')}</p>
      )}
      {model.reportDateIgnored && <p>{t('dateTooLate')}</p>}
      <form method="get" action={links.page('/plan')} className="follow-up__form">
        {withoutDates.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <p className="hint" id="dates-hint">
          {model.clockInputs.length > 1 ? t('datesHint') : t('hint')}
        </p>
        {model.clockInputs.map((input) => (
          <p key={input.id} className="follow-up__date">
            <label htmlFor={`sent-${input.id}`}>{input.label}</label>
            <input id={`sent-${input.id}`} name={input.name} type="date" defaultValue={input.value} max={today} aria-describedby="dates-hint" />
          </p>
        ))}
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
