// The plan's section for the optional on-device journal; the journal itself runs in the browser.
import {getTranslations} from 'next-intl/server';
import {formatDate} from '@/lib/dates';
import {ReportJournal, type JournalLabels} from './ReportJournal';

const LABEL_KEYS = [
  'intro', 'enable', 'place', 'placeOther', 'date', 'reference', 'referenceHint', 'add', 'empty', 'remove',
  'deleteAll', 'deleteConfirm', 'deleteYes', 'deleteNo', 'deleted', 'download', 'pdfTitle', 'storageUnavailable',
] as const;

type Props = {locale: string; places: string[]; today: string};

export const JournalSection = async ({locale, places, today}: Props) => {
  const t = await getTranslations({locale, namespace: 'Journal'});
  const labels = {
    ...Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])),
    pdfMadeOn: t('pdfMadeOn', {date: formatDate(today, locale)}),
  } as JournalLabels;
  return (
    <section aria-labelledby="journal" className="plan-extra journal-section">
      <h2 id="journal">{t('title')}</h2>
      <noscript>
        <p>{t('noScript')}</p>
      </noscript>
      <ReportJournal places={places} today={today} locale={locale} labels={labels} />
    </section>
  );
};
