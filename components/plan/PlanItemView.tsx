// One step of the plan: its title, why it is there, what to do, how to reach the service, and its sources.
import type {ReactNode} from 'react';
import type {ContentEntry} from '@/lib/content/load-content';
import {ContactList} from './ContactList';
import {SourcesDetails} from '../SourcesDetails';

type Props = {
  anchorId: string;
  entry: ContentEntry;
  reasons: string[];
  callout?: string;
  /** Extra material under the guide, such as a text to copy. */
  children?: ReactNode;
  labels: {why: string; reviewed: string; sources: string; links: string; phones: string; call: (n: string) => string; sms: (n: string) => string};
};

export const PlanItemView = ({anchorId, entry, reasons, callout, children, labels}: Props) => (
  <article className="plan-item" aria-labelledby={anchorId}>
    <h3 id={anchorId}>{entry.title}</h3>
    <p className="plan-item__why">
      <strong>{labels.why}</strong> {reasons.join(' ')}
    </p>
    {callout && <p className="plan-item__callout">{callout}</p>}
    <div className="prose" dangerouslySetInnerHTML={{__html: entry.html}} />
    <ContactList links={entry.links} phones={entry.phones} labels={labels} />
    {children}
    <SourcesDetails sources={entry.sources} label={labels.sources} reviewed={labels.reviewed} />
  </article>
);
