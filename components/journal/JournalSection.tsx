// The plan's section for the optional on-device journal; the journal itself runs in the browser.
import {getTranslations} from 'next-intl/server';
import {JOURNAL_KINDS} from '@/lib/journal/journal';
import {ReportJournal, type JournalLabels} from './ReportJournal';

const LABEL_KEYS = [
  'intro',
  'enable',
  'place',
  'placeOther',
  'date',
  'reference',
  'referenceHint',
  'add',
  'empty',
  'remove',
  'deleteAll',
  'deleteConfirm',
  'deleteYes',
  'deleteNo',
  'deleted',
  'download',
  'pdfTitle',
  'storageUnavailable',
] as const;

type Props = {locale: string; places: string[]; heading?: 1 | 2};

export const JournalSection = async ({locale, places, heading = 2}: Props) => {
  const t = await getTranslations({locale, namespace: 'Journal'});
  const labels = {
    ...Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])),
    kind: t('kind'),
    next: t('next'),
    kinds: Object.fromEntries(JOURNAL_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])),
    // Filled in by the browser with each entry's deadline.
    nextSteps: Object.fromEntries(JOURNAL_KINDS.map((kind) => [kind, t(`nextSteps.${kind}`, {date: '{date}'})])),
    // Filled in by the browser with the day the PDF is made.
    pdfMadeOn: t('pdfMadeOn', {date: '{date}'}),
  } as JournalLabels;
  const Heading = heading === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="journal" className="plan-extra journal-section">
      <Heading id="journal">{t('title')}</Heading>
      <noscript>
        <p>{t('noScript')}</p>
      </noscript>
      <ReportJournal places={places} locale={locale} labels={labels} />
    </section>
  );
};
