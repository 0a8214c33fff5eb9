// One notice on the page of letters: what it is for, its law, the letter (and its English version), each copyable.
import {CopyButton} from './CopyButton';
import type {NoticeView} from '@/lib/views/plan-model';

type Props = {
  notice: NoticeView;
  locale: string;
  datesHref: string;
  labels: {english: string; letter: string; copy: string; copied: string; dates: string};
};

const Letter = ({id, text, lang, label, labels}: {id: string; text: string; lang: string; label: string; labels: Props['labels']}) => (
  <>
    <h3 className="no-print">{label}</h3>
    <div className="letter" id={id} lang={lang}>
      {text.split('\n').map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
    <p className="no-print">
      <CopyButton targetId={id} label={labels.copy} done={labels.copied} />
    </p>
  </>
);

export const NoticeLetter = ({notice, locale, datesHref, labels}: Props) => (
  <section id={notice.kind} aria-labelledby={`${notice.kind}-title`} className="notice-letter">
    <h2 id={`${notice.kind}-title`}>{notice.title}</h2>
    <p className="hint">{notice.law}</p>
    {notice.when.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
    <Letter id={`${notice.kind}-letter`} text={notice.text} lang={locale} label={labels.letter} labels={labels} />
    {notice.english && <Letter id={`${notice.kind}-letter-en`} text={notice.english} lang="en" label={labels.english} labels={labels} />}
    {notice.clock && (
      <p className="no-print">
        <a href={datesHref}>{labels.dates}</a>
      </p>
    )}
  </section>
);
