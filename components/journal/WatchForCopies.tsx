'use client';
// Watching for new copies without any face scan: dated reminders made on the device, searches with words typed at
// the time (never stored, never sent here), and search by image only for an image made at 18 or over.
import {useState} from 'react';
import {IMAGE_SEARCHES, PLATFORM_SEARCHES, SEARCH_ENGINES, searchLinks} from '@/lib/journal/search-links';
import type {IsoDate} from '@/lib/dates';
import type {JournalLabels} from './labels';
import {saveFile} from '@/components/on-device/save-file';

type Props = {labels: JournalLabels['watch']; today: IsoDate};
type MadeWhen = 'under18' | 'adult' | 'unsure' | '';

const LinkList = ({links}: {links: {name: string; href: string}[]}) => (
  <ul className="journal__searches">
    {links.map((link) => (
      <li key={link.name}>
        <a href={link.href} target="_blank" rel="noopener noreferrer">
          {link.name}
        </a>
      </li>
    ))}
  </ul>
);

export const WatchForCopies = ({labels, today}: Props) => {
  const [words, setWords] = useState('');
  const [madeWhen, setMadeWhen] = useState<MadeWhen>('');

  const calendar = async () => {
    const {recheckCalendar} = await import('@/lib/reminders/calendar');
    const text = recheckCalendar(today, {title: labels.calendarTitle, description: labels.calendarDescription});
    saveFile(new Blob([text], {type: 'text/calendar'}), 'reminders.ics');
  };

  const choices: [Exclude<MadeWhen, ''>, string][] = [
    ['under18', labels.imageYes],
    ['adult', labels.imageNo],
    ['unsure', labels.imageUnsure],
  ];

  return (
    <section aria-labelledby="watch" className="journal__watch">
      <h2 id="watch">{labels.title}</h2>
      <p>{labels.intro}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={calendar} aria-describedby="watch-calendar-hint">
          {labels.calendar}
        </button>
      </p>
      <p className="hint" id="watch-calendar-hint">
        {labels.calendarHint}
      </p>
      <h3>{labels.searchTitle}</h3>
      <p>{labels.searchIntro}</p>
      <label htmlFor="watch-words">{labels.searchWords}</label>
      <input id="watch-words" type="search" value={words} onChange={(event) => setWords(event.target.value)} maxLength={200} autoComplete="off" />
      {words.trim() && (
        <>
          <h4>{labels.engines}</h4>
          <LinkList links={searchLinks(words, SEARCH_ENGINES)} />
          <h4>{labels.platforms}</h4>
          <LinkList links={searchLinks(words, PLATFORM_SEARCHES)} />
          <p className="hint">{labels.otherApps}</p>
        </>
      )}
      <h3>{labels.imageTitle}</h3>
      <fieldset className="journal__question">
        <legend>{labels.imageQuestion}</legend>
        {choices.map(([value, label]) => (
          <div key={value} className="choice">
            <input
              id={`watch-made-${value}`}
              type="radio"
              name="watch-made"
              value={value}
              checked={madeWhen === value}
              onChange={() => setMadeWhen(value)}
            />
            <label htmlFor={`watch-made-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <div role="status">
        {(madeWhen === 'under18' || madeWhen === 'unsure') && <p className="journal__stop">{labels.imageMinor}</p>}
        {madeWhen === 'adult' && (
          <>
            <p>{labels.imageAdult}</p>
            <LinkList links={[...IMAGE_SEARCHES]} />
          </>
        )}
      </div>
      <p>{labels.found}</p>
    </section>
  );
};
