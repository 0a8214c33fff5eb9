// The plan's files made on the device from the answers after `#`: the calendar file and the PDF fiche, from the
// locale's static data (the plan's, the texts', and for the PDF every step's whole text) and the same builders as
// the server (lib/views). @react-pdf/renderer loads only when the PDF is asked for. Nothing is sent.
import {buildPlanModel} from '@/lib/views/build-plan-model';
import {PLAN_PDF_FILE_NAME, REMINDERS_FILE_NAME} from '@/lib/views/file-names';
import {pdfLabels} from '@/lib/views/pdf-labels';
import type {PlanDocumentProps} from '@/lib/views/pdf-labels';
import {planTexts} from '@/lib/views/plan-texts';
import type {MadeOnDevice} from '@/lib/views/plan-view';
import {remindersFile} from '@/lib/views/reminders-file';
import {normalizeSiteUrl} from '@/lib/site-url';
import {deviceFicheData, openCompanionFragment} from '@/components/on-device/device-data';
import {devicePlanLinks, devicePlanUrl} from './device-links';

const openFragment = async (locale: string, hash: string) => {
  const opened = await openCompanionFragment(locale, hash);
  if (!opened) throw new Error('no answers in the fragment');
  return {...opened, links: devicePlanLinks(locale)};
};

/** What the PDF is laid out from: the same plain data the server hands its worker thread. */
export const devicePdfInput = async (locale: string, hash: string): Promise<PlanDocumentProps> => {
  const [{parsed, plan, sources, words, state, today, links}, fiche] = await Promise.all([openFragment(locale, hash), deviceFicheData(locale)]);
  const content = new Map(plan.content.map((entry) => [entry.id, {...entry, markdown: fiche.markdown[entry.id] ?? ''}]));
  const input = {locale, parsed, state, today, links};
  const model = await buildPlanModel(input, {words, content}, planTexts(sources, input));
  return {model, planUrl: devicePlanUrl(links, state), labels: await pdfLabels(words, model)};
};

export const deviceCalendar = async (locale: string, hash: string): Promise<string> => {
  const {plan, words, state, today, links} = await openFragment(locale, hash);
  const content = new Map(plan.content.map((entry) => [entry.id, entry]));
  return remindersFile(words, state.answers, today, content, `${normalizeSiteUrl(process.env.SITE_URL)}${links.home()}`);
};

export const makeDeviceFile = async (file: MadeOnDevice['file'], locale: string, hash: string): Promise<{blob: Blob; name: string}> => {
  if (file === 'calendar') return {blob: new Blob([await deviceCalendar(locale, hash)], {type: 'text/calendar'}), name: REMINDERS_FILE_NAME};
  const [input, {pdf}, {PlanDocument}] = await Promise.all([
    devicePdfInput(locale, hash),
    import('@react-pdf/renderer'),
    import('@/components/pdf/PlanDocument'),
  ]);
  return {blob: await pdf(<PlanDocument {...input} />).toBlob(), name: PLAN_PDF_FILE_NAME};
};
