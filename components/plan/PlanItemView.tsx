// One step of the plan, short: what to do and why, its one primary action, and its full explanation one tap away.
import type {PlanItemModel} from '@/app/_server/plan-model';

type Props = {item: PlanItemModel; labels: {why: string; reportText: string; notice: string}};

export const PlanItemView = ({item, labels}: Props) => (
  <article className="plan-item" aria-labelledby={item.anchorId}>
    {/* The title opens the step in full, one tap away. */}
    <h3 id={item.anchorId}>
      <a href={item.detailHref}>{item.entry.title}</a>
    </h3>
    {item.callout && <p className="plan-item__callout">{item.callout}</p>}
    <p className="plan-item__summary">{item.summary}</p>
    <p className="plan-item__why">
      <span className="visually-hidden">{labels.why} </span>
      {item.reasons[0]}
    </p>
    {item.primary && (
      <p>
        <a
          className="button button--secondary plan-item__primary"
          href={item.primary.href}
          {...(item.primary.href.startsWith('http') ? {rel: 'noreferrer'} : {})}
        >
          {item.primary.label}
        </a>
      </p>
    )}
    {item.textHref && (
      <p className="plan-item__more">
        <a href={item.textHref}>{item.textHref.includes('/notice') ? labels.notice : labels.reportText}</a>
      </p>
    )}
  </article>
);
