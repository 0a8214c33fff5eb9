// The fiche pratique's words, from words passed in: next-intl's on the server (the PDF made in a worker thread),
// the static data's on the device (the PDF made in the browser). Plain strings only; a label that takes a value is
// a template with `{name}` placeholders, filled where the document is laid out.
import type {PlanModel} from './plan-model';
import type {WordsFor} from './words';

export type PlanDocumentLabels = {
  documentTitle: string;
  heading: string;
  madeOn: string;
  summaryTitle: string;
  /** Between a label and its value, as the locale writes it (" : " in French, ": " in English). */
  colon: string;
  nowTitle: string;
  qr: string;
  checklist: string;
  why: string;
  done: string;
  followTitle: string;
  reportText: string;
  reportTextEn: string;
  reportTextHint: string;
  letterEn: string;
  /** Where a parent or a supporter filled in: the steps' full texts speak to the person concerned. */
  forThePerson: string;
  /** `{page}`, `{total}` */
  page: string;
  /** `{number}` */
  call: string;
  /** `{number}` */
  sms: string;
  /** The fields the police ask for, filled in by hand on the first page. */
  caseSheet: CaseSheetLabels;
};

export type CaseField = {label: string; lines: number; /** Shares its row with the next half field. */ half?: boolean};

export type CaseSheetLabels = {
  title: string;
  fields: CaseField[];
  /** Said when the image may have been made under 18: why no image is attached. */
  noImage?: string;
};

/** The police-ready fields of the first page; why no image is attached where it may have been made under 18. */
const caseSheetLabels = async (words: WordsFor, model: PlanModel): Promise<CaseSheetLabels> => {
  const t = await words('Pdf');
  return {
    title: t('case.title'),
    fields: [
      {label: t('case.accounts'), lines: 2},
      {label: t('case.links'), lines: 2},
      {label: t('case.demands'), lines: 1},
      // Two short fields side by side, so that the sheet stays on the first page.
      {label: t('case.dates'), lines: 1, half: true},
      {label: t('case.numbers'), lines: 1, half: true},
    ],
    ...(model.plan.madeUnder18 !== 'no' ? {noImage: t('case.noImage')} : {}),
  };
};

export const pdfLabels = async (words: WordsFor, model: PlanModel): Promise<PlanDocumentLabels> => {
  const t = await words('Pdf');
  const texts = await words('Texts');
  return {
    documentTitle: `${t('title')} – ${(await words('Meta'))('siteName')}`,
    heading: t('title'),
    madeOn: model.madeOn,
    summaryTitle: t('summaryTitle'),
    colon: t('colon'),
    nowTitle: (await words('Now'))('title'),
    reportText: t('sharedText'),
    reportTextEn: texts('writeLabelEn'),
    reportTextHint: t('sharedTextHint'),
    letterEn: (await words('NoticePage'))('english'),
    forThePerson: t('forThePerson'),
    qr: t('qr'),
    checklist: t('checklist'),
    why: (await words('Plan'))('why'),
    done: t('done'),
    followTitle: (await words('FollowUp'))('title'),
    page: t('page', {page: '{page}', total: '{total}'}),
    call: (await words('Contacts'))('call', {number: '{number}'}),
    sms: (await words('Contacts'))('sms', {number: '{number}'}),
    caseSheet: await caseSheetLabels(words, model),
  };
};

/** Everything the PDF is laid out from, as plain data (the server hands it to a worker thread). */
export type PlanDocumentProps = {model: PlanModel; planUrl: string; labels: PlanDocumentLabels};
