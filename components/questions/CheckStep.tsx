// The check page: every answer in words, each with a link to change it, then the way to the plan. Drawn from its
// plain view (lib/views/journey-view.ts) by the server or by the device.
import type {CheckStepView} from '@/lib/views/journey-view';

export const CheckStep = ({view}: {view: CheckStepView}) => (
  <>
    <h1>{view.title}</h1>
    <p>{view.lead}</p>
    <dl className="summary-list">
      {view.rows.map((row) => (
        <div className="summary-list__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value ?? <span className="muted">{view.notAnswered}</span>}</dd>
          <dd className="summary-list__action">
            <a href={row.href}>
              {row.action}
              <span className="visually-hidden"> – {row.label}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
    <p>
      <a className="button" href={view.submit.href}>
        {view.submit.label}
      </a>
    </p>
  </>
);
