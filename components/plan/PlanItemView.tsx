// One step of the plan, short: what to do and why, its one primary action, and its full explanation one tap away.
import type {ReactNode} from 'react';
import type {PlanItemModel} from '@/app/_server/plan-model';

type Props = {item: PlanItemModel; children?: ReactNode; labels: {why: string; detail: string}};

export const PlanItemView = ({item, children, labels}: Props) => (
  <article className="plan-item" aria-labelledby={item.anchorId}>
    <h3 id={item.anchorId}>{item.entry.title}</h3>
    {item.callout && <p className="plan-item__callout">{item.callout}</p>}
    <p className="plan-item__summary">{item.summary}</p>
    <p className="plan-item__why">
      <span className="visually-hidden">{labels.why} </span>
      {item.reasons.join(' ')}
    </p>
    {item.primary && (
      <p>
        <a className="button button--secondary plan-item__primary" href={item.primary.href} {...(item.primary.href.startsWith('http') ? {rel: 'noreferrer'} : {})}>
          {item.primary.label}
        </a>
      </p>
    )}
    <p className="plan-item__detail">
      <a href={item.detailHref}>{labels.detail}</a>
    </p>
    {children}
  </article>
);
