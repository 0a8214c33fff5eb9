// GET /{locale}/plan/pdf?<plan query>: the plan as an A4 PDF, rendered on the server only
// (@react-pdf/renderer never reaches a page's JavaScript).
import {createElement, type ReactElement} from 'react';
import type {NextRequest} from 'next/server';
import {renderToBuffer, type DocumentProps} from '@react-pdf/renderer';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {BusyError, createLimiter} from '@/lib/concurrency';
import {queryTooLong} from '@/lib/security/request-limits';
import {PlanDocument} from '@/components/pdf/PlanDocument';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';
import {openPlanRequest} from '@/app/_server/plan-request';
import {buildPlanModel} from '@/app/_server/plan-model';

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
  const errors = await getTranslations({locale, namespace: 'Errors'});
  if (queryTooLong(request.nextUrl)) return plainText(414, errors('tooLong'));

  const planRequest = await openPlanRequest(locale, request.nextUrl.searchParams);
  const model = await buildPlanModel(planRequest, {withTexts: true});
  const t = await getTranslations({locale, namespace: 'Pdf'});
  const contacts = await getTranslations({locale, namespace: 'Contacts'});
  const plan = await getTranslations({locale, namespace: 'Plan'});
  const texts = await getTranslations({locale, namespace: 'Texts'});
  const meta = await getTranslations({locale, namespace: 'Meta'});
  const document = createElement(PlanDocument, {
    model,
    planUrl: planRequest.planUrl,
    labels: {
      documentTitle: `${t('title')} – ${meta('siteName')}`,
      heading: t('title'),
      madeOn: model.madeOn,
      summaryTitle: t('summaryTitle'),
      nowTitle: (await getTranslations({locale, namespace: 'Now'}))('title'),
      reportText: texts('writeLabel'),
      reportTextEn: texts('writeLabelEn'),
      letterEn: (await getTranslations({locale, namespace: 'NoticePage'}))('english'),
      qr: t('qr'),
      checklist: t('checklist'),
      why: plan('why'),
      done: t('done'),
      followTitle: (await getTranslations({locale, namespace: 'FollowUp'}))('title'),
      page: (page, total) => t('page', {page, total}),
      call: (number) => contacts('call', {number}),
      sms: (number) => contacts('sms', {number}),
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
      return plainText(503, errors('busy'), {'Retry-After': '5'});
    }
    throw error;
  }
};
