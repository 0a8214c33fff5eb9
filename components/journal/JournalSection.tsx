// The case file's section: the words it needs, then the case file itself, which runs in the browser.
import {getMessages} from 'next-intl/server';
import {CaseFileApp} from './CaseFileApp';
import './case-file.css';

type Props = {locale: string; places: string[]; heading?: 1 | 2};

export const JournalSection = async ({locale, places, heading = 2}: Props) => {
  const {Journal: labels} = await getMessages({locale});
  const Heading = heading === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="journal" className="plan-extra journal-section">
      <Heading id="journal">{labels.title}</Heading>
      <noscript>
        <p>{labels.noScript}</p>
      </noscript>
      <CaseFileApp places={places} locale={locale} labels={labels} />
    </section>
  );
};
