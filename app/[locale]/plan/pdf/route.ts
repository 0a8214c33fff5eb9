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
import {pdfLabels} from '@/lib/views/pdf-labels';
import {PLAN_PDF_FILE_NAME} from '@/lib/views/file-names';
import {serverWords} from '@/app/_server/server-words';

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
const pdfInput = async (locale: string, request: NextRequest): Promise<PlanPdfInput> => {
  const planRequest = await openPlanRequest(locale, request.nextUrl.searchParams);
  const model = await buildPlanModel(planRequest, {withTexts: true});
  return {model, planUrl: planRequest.planUrl, labels: await pdfLabels(serverWords(locale), model)};
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
        'Content-Disposition': `inline; filename="${PLAN_PDF_FILE_NAME}"`,
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
