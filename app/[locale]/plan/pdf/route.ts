// GET /{locale}/plan/pdf?<plan query>: the plan as an A4 PDF, rendered on the server only, in a worker
// thread (@react-pdf/renderer never reaches a page's JavaScript, nor the thread that serves pages).
// A place among the renders is taken before any work; without one the answer is an immediate 503.
import type {NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {BusyError} from '@/components/pdf/pdf-pool';
import {queryTooLong} from '@/lib/security/request-limits';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';
import {calmAnswer, RETRY_AFTER_SECONDS} from '@/lib/security/calm-answers';
import {admitPlanPdf} from '@/components/pdf/plan-pdf-renderer';
import type {PlanPdfInput} from '@/components/pdf/render-plan-pdf';
import {openPlanRequest} from '@/app/_server/plan-request';
import {buildPlanModel} from '@/app/_server/plan-model';
import type {CaseSheetLabels} from '@/components/pdf/PlanDocument';
import type {PlanModel} from '@/lib/views/plan-model';

const plainText = (status: number, body: string, extra: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY, ...extra},
  });

/** The same calm 503 the server entry gives when it turns a PDF request away before it gets here. */
const busy = (locale: string) => {
  const {status, headers, body} = calmAnswer(503, `/${locale}`, {'Retry-After': RETRY_AFTER_SECONDS});
  return new Response(body, {status, headers});
};

/** Everything the worker needs, as plain data: the plan model and the labels (templates where they take a value). */
/** The police-ready fields of the first page; why no image is attached where it may have been made under 18. */
const caseSheetLabels = async (locale: string, model: PlanModel): Promise<CaseSheetLabels> => {
  const t = await getTranslations({locale, namespace: 'Pdf.case'});
  return {
    title: t('title'),
    fields: [
      {label: t('accounts'), lines: 2},
      {label: t('links'), lines: 2},
      {label: t('demands'), lines: 1},
      // Two short fields side by side, so that the sheet stays on the first page.
      {label: t('dates'), lines: 1, half: true},
      {label: t('numbers'), lines: 1, half: true},
    ],
    ...(model.plan.madeUnder18 !== 'no' ? {noImage: t('noImage')} : {}),
  };
};

const pdfInput = async (locale: string, request: NextRequest): Promise<PlanPdfInput> => {
  const planRequest = await openPlanRequest(locale, request.nextUrl.searchParams);
  const model = await buildPlanModel(planRequest, {withTexts: true});
  const t = await getTranslations({locale, namespace: 'Pdf'});
  const contacts = await getTranslations({locale, namespace: 'Contacts'});
  const plan = await getTranslations({locale, namespace: 'Plan'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  return {
    model,
    planUrl: planRequest.planUrl,
    labels: {
      documentTitle: `${t('title')} – ${meta('siteName')}`,
      heading: t('title'),
      madeOn: model.madeOn,
      summaryTitle: t('summaryTitle'),
      colon: t('colon'),
      nowTitle: (await getTranslations({locale, namespace: 'Now'}))('title'),
      reportText: t('sharedText'),
      reportTextEn: texts('writeLabelEn'),
      reportTextHint: t('sharedTextHint'),
      letterEn: (await getTranslations({locale, namespace: 'NoticePage'}))('english'),
      forThePerson: t('forThePerson'),
      qr: t('qr'),
      checklist: t('checklist'),
      why: plan('why'),
      done: t('done'),
      followTitle: (await getTranslations({locale, namespace: 'FollowUp'}))('title'),
      page: t('page', {page: '{page}', total: '{total}'}),
      call: contacts('call', {number: '{number}'}),
      sms: contacts('sms', {number: '{number}'}),
      caseSheet: await caseSheetLabels(locale, model),
    },
  };
};

export const GET = async (request: NextRequest, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return plainText(404, 'Not found');
  const errors = await getTranslations({locale, namespace: 'Errors'});
  if (queryTooLong(request.nextUrl)) return plainText(414, errors('tooLong'));

  let place;
  try {
    place = admitPlanPdf();
  } catch (error) {
    if (error instanceof BusyError) return busy(locale);
    throw error;
  }
  let input: PlanPdfInput;
  try {
    input = await pdfInput(locale, request);
  } catch (error) {
    place.release();
    throw error;
  }
  try {
    const started = performance.now();
    const pdf = await place.render(input, request.signal);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'inline; filename="fiche.pdf"',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': LOCKED_DOWN_POLICY,
        'Server-Timing': `render;dur=${(performance.now() - started).toFixed(0)}`,
      },
    });
  } catch (error) {
    // The client has gone (nobody reads this answer), or a render thread failed: either way, a calm 503.
    if (!request.signal.aborted) console.error(`PDF render failed: ${error instanceof Error ? error.message : String(error)}`);
    return busy(locale);
  }
};
