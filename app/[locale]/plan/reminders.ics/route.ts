// GET /{locale}/plan/reminders.ics?<plan query>: the follow-up reminders as a calendar file.
// Made on request from the link; nothing is kept.
import type {NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {parseAnswers} from '@/lib/answers/parse-answers';
import {toQueryString, withQuery} from '@/lib/answers/to-query';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {toIsoDate} from '@/lib/dates';
import {remindersCalendar} from '@/lib/reminders/calendar';
import {siteOrigin} from '@/components/plan/site-url';
import {queryTooLong} from '@/lib/security/request-limits';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';

export const GET = async (request: NextRequest, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  const headers = {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY};
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404, headers});
  if (queryTooLong(request.nextUrl)) return new Response('Too long', {status: 414, headers});

  const {answers, answered} = parseAnswers(request.nextUrl.searchParams);
  const plan = buildPlan(answers, contentLibrary(locale), toIsoDate(new Date()));
  const t = await getTranslations({locale, namespace: 'Reminders'});
  const url = `${siteOrigin()}${withQuery(`/${locale}/plan`, toQueryString(answers, answered))}`;
  const calendar = remindersCalendar(plan, {
    title: t('title'),
    checkDescription: t('checkDescription', {url}),
    escalateDescription: t('escalateDescription', {url}),
  });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="rappel.ics"',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': LOCKED_DOWN_POLICY,
    },
  });
};
