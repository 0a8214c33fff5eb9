// GET /{locale}/plan/pdf?<plan query>: the plan as an A4 PDF, rendered on the server only
// (@react-pdf/renderer never reaches a page's JavaScript).
import {createElement, type ReactElement} from 'react';
import type {NextRequest} from 'next/server';
import {renderToBuffer, type DocumentProps} from '@react-pdf/renderer';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {withQuery} from '@/lib/answers/to-query';
import {BusyError, createLimiter} from '@/lib/concurrency';
import {toIsoDate} from '@/lib/dates';
import {buildPlanModel} from '@/components/plan/plan-view';
import {siteOrigin} from '@/components/plan/site-url';
import {queryTooLong} from '@/lib/security/request-limits';
import {PlanDocument} from '@/components/pdf/PlanDocument';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';

// Two renders at a time on a 2-core server, a few more waiting; the rest get a calm 503.
const renders = createLimiter(2, 8);

const plainText = (status: number, body: string, extra: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY, ...extra},
  });

export const GET = async (request: NextRequest, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return plainText(404, 'Not found');
  if (queryTooLong(request.nextUrl)) return plainText(414, locale === 'fr' ? 'Ce lien est trop long.' : 'This link is too long.');

  const parsed = parseAnswers(request.nextUrl.searchParams);
  const model = await buildPlanModel(locale, parsed, toIsoDate(new Date()));
  const t = await getTranslations({locale, namespace: 'Plan'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const planUrl = `${await siteOrigin()}${withQuery(`/${locale}/plan`, model.query)}`;
  const document = createElement(PlanDocument, {
    model,
    planUrl,
    labels: {
      documentTitle: `${t('pdfTitle')} – ${meta('siteName')}`,
      heading: t('pdfTitle'),
      madeOn: model.madeOn,
      summaryTitle: t('summaryTitle'),
      qr: t('pdfQr'),
      checklist: t('pdfChecklist'),
      why: t('why'),
      done: t('pdfDone'),
      followTitle: t('followTitle'),
      page: (page, total) => t('pdfPage', {page, total}),
      call: (number) => t('call', {number}),
      sms: (number) => t('sms', {number}),
    },
  }) as unknown as ReactElement<DocumentProps>;

  try {
    const started = performance.now();
    const pdf = await renders.run(() => renderToBuffer(document));
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'inline; filename="fiche.pdf"',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': LOCKED_DOWN_POLICY,
        'Server-Timing': `render;dur=${(performance.now() - started).toFixed(0)}`,
      },
    });
  } catch (error) {
    if (error instanceof BusyError) {
      return plainText(503, locale === 'fr' ? 'Le service est très sollicité. Réessayez dans un instant.' : 'The service is busy. Please try again in a moment.', {'Retry-After': '5'});
    }
    throw error;
  }
};
