// One step of the plan, short: what to do and why, its one primary action, and its full explanation one tap away.
import {externalRel} from './external-rel';
import type {StepView} from '@/lib/views/plan-view';

export const PlanItemView = ({step, whyLabel}: {step: StepView; whyLabel: string}) => (
  <article className="plan-item" aria-labelledby={step.anchorId}>
    {/* The title opens the step in full, one tap away. */}
    <h3 id={step.anchorId}>
      <a href={step.href}>{step.title}</a>
    </h3>
    {step.callout && <p className="plan-item__callout">{step.callout}</p>}
    <p className="plan-item__summary">{step.summary}</p>
    {step.why && (
      <p className="plan-item__why">
        <span className="visually-hidden">{whyLabel} </span>
        {step.why}
      </p>
    )}
    {step.platforms && (
      <ul className="plan-item__platforms">
        {step.platforms.map((platform) => (
          <li key={platform.guide}>
            <a href={platform.guide}>{platform.name}</a>
            {platform.report && (
              <a className="plan-item__platform-report" href={platform.report.href} {...externalRel(platform.report.href)}>
                {platform.report.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    )}
    {step.primary && (
      <p>
        <a className="button button--secondary plan-item__primary" href={step.primary.href} {...externalRel(step.primary.href)}>
          {step.primary.label}
        </a>
      </p>
    )}
    {step.text && (
      <p className="plan-item__more">
        <a href={step.text.href}>{step.text.label}</a>
      </p>
    )}
  </article>
);
