// One content entry shown on its own (guides, directory, law pages): text, numbers, links, sources.
import type {ContentEntry} from '@/lib/content/load-content';
import {ContactList} from './plan/ContactList';
import {SourcesDetails} from './SourcesDetails';

type Props = {
  entry: ContentEntry;
  /** Omitted when the page's own heading already names the entry. */
  headingLevel?: 2 | 3;
  labels: {links: string; phones: string; call: (n: string) => string; sms: (n: string) => string; sources: string; reviewed: string};
};

export const EntryView = ({entry, headingLevel, labels}: Props) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="plan-item" aria-labelledby={headingLevel ? `entry-${entry.id}` : undefined}>
      {headingLevel && <Heading id={`entry-${entry.id}`}>{entry.title}</Heading>}
      <div className="prose" dangerouslySetInnerHTML={{__html: entry.html}} />
      <ContactList links={entry.links} phones={entry.phones} labels={labels} />
      <SourcesDetails sources={entry.sources} label={labels.sources} reviewed={labels.reviewed} />
    </article>
  );
};
