// Following up: the dated next steps once the person gives the day of their first report (a plain GET form
// that works without JavaScript), and calendar reminders for those dates.
import {getTranslations} from 'next-intl/server';
import {toQueryEntries} from '@/lib/answers/to-query';
import type {PlanModel} from '@/app/_server/plan-model';
import type {PlanRequest} from '@/app/_server/plan-request';

export const FollowUpSection = async ({request, model}: {request: PlanRequest; model: PlanModel}) => {
  const {locale, state, today, links} = request;
  const t = await getTranslations({locale, namespace: 'FollowUp'});
  const withoutDate = toQueryEntries({...state.answers, reportedOn: undefined}, state.answered);
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
        {withoutDate.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="reported-on">{t('label')}</label>
        <p className="hint" id="reported-on-hint">
          {t('hint')}
        </p>
        <input id="reported-on" name="d" type="date" defaultValue={model.plan.reportedOn ?? today} max={today} aria-describedby="reported-on-hint" required />
        <button type="submit" className="button button--secondary">
          {t('submit')}
        </button>
      </form>
      {model.plan.reportedOn && (
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
