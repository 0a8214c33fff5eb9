// The page of letters, from plain data: drawn by the server from a query, and by the device from the answers after
// `#` (./DeviceLetters.tsx).
import type {ReactNode} from 'react';
import type {NoticeView} from '@/lib/views/plan-model';
import {NoticeLetter} from './NoticeLetter';

export type LettersPageLabels = {
  title: string;
  lead: string;
  privacy: string;
  none: string;
  backToPlan: string;
  letter: {english: string; letter: string; copy: string; copied: string; dates: string};
};

type Props = {
  locale: string;
  notices: NoticeView[];
  planHref: string;
  /** The plan's follow-up dates, where a letter that starts a deadline leads. */
  datesHref: string;
  labels: LettersPageLabels;
  languageSwitch: ReactNode;
  fill: ReactNode;
};

export const LettersPageBody = ({locale, notices, planHref, datesHref, labels, languageSwitch, fill}: Props) => (
  <>
    {languageSwitch}
    <p className="no-print">
      <a className="back-link" href={planHref}>
        {labels.backToPlan}
      </a>
    </p>
    <h1>{labels.title}</h1>
    <p className="no-print">{labels.lead}</p>
    <p className="no-print">{labels.privacy}</p>
    {fill}
    {notices.length === 0 && <p>{labels.none}</p>}
    {notices.map((notice) => (
      <NoticeLetter key={notice.kind} notice={notice} locale={locale} datesHref={datesHref} labels={labels.letter} />
    ))}
  </>
);
