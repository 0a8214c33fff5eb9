import type {ClockInput} from '@/lib/views/plan-model';
import type {FollowUpView} from '@/lib/views/plan-view';
import {REMINDERS_FILE_NAME} from '@/lib/views/file-names';
import {FileLink} from './FileLink';
// Following up: the dated next steps once the person gives the day of their first report, and of each notice
// that starts a legal clock (a plain GET form that works without JavaScript), and calendar reminders for them.

const DateInput = ({input, today}: {input: ClockInput; today: string}) => (
  <p className="follow-up__date">
    <label htmlFor={`sent-${input.id}`}>{input.label}</label>
    <input id={`sent-${input.id}`} name={input.name} type="date" defaultValue={input.value} max={today} aria-describedby="dates-hint" />
  </p>
);

export const FollowUpSection = ({view}: {view: FollowUpView}) => (
  <section aria-labelledby="follow-up" className="plan-extra">
    <h2 id="follow-up">{view.title}</h2>
    {view.lines.length > 0 && (
      <ul className="follow-up">
        {view.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    )}
    {view.dateTooLate && <p>{view.dateTooLate}</p>}
    <form method="get" action={view.action} className="follow-up__form" data-history="replace">
      {view.hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <p className="hint" id="dates-hint">
        {view.hint}
      </p>
      {view.report && <DateInput input={view.report} today={view.today} />}
      {view.letters && (
        // Most people send no letter: their dates wait one tap away, open once one is given.
        <details open={view.letters.inputs.some((input) => input.value)}>
          <summary>{view.letters.summary}</summary>
          <p className="hint">{view.letters.hint}</p>
          {view.letters.inputs.map((input) => (
            <DateInput key={input.id} input={input} today={view.today} />
          ))}
        </details>
      )}
      <button type="submit" className="button button--secondary">
        {view.submit}
      </button>
    </form>
    {view.calendar && (
      <p>
        <FileLink tap={view.calendar} download={REMINDERS_FILE_NAME} />
        <br />
        <span className="hint">{view.calendar.hint}</span>
      </p>
    )}
  </section>
);
