// GET /{locale}/plan/reminders.ics?<plan query>: the follow-up reminders as a calendar file.
// Made on request from the link; nothing is kept.
import type {NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {CLOCKS, readClocks, sentDays} from '@/lib/plan/clocks';
import {factsFrom} from '@/lib/plan/facts';
import {remindersCalendar} from '@/lib/reminders/calendar';
import {queryTooLong} from '@/lib/security/request-limits';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';
import {openPlanRequest} from '@/app/_server/plan-request';
import {siteOrigin} from '@/app/_server/site-origin';

export const GET = async (request: NextRequest, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  const headers = {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY};
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404, headers});
  if (queryTooLong(request.nextUrl)) return new Response('Too long', {status: 414, headers});

  const {state, today, links} = await openPlanRequest(locale, request.nextUrl.searchParams);
  // A calendar is often synced to an account or shared: its events name no answer and link to the site only.
  const site = `${siteOrigin()}${links.home()}`;
  const plan = buildPlan(state.answers, today, contentLibrary(locale));
  const t = await getTranslations({locale, namespace: 'Reminders'});
  const clocks = readClocks(factsFrom(state.answers), sentDays(state.answers), today)
    .filter((clock) => clock.id !== 'report')
    .map((clock) => ({
      name: clock.id,
      on: CLOCKS[clock.id].remindOn(clock.dueOn),
      description: t(`${clock.id as Exclude<typeof clock.id, 'report'>}Description`, {url: site}),
    }));
  const calendar = remindersCalendar(
    plan,
    {title: t('title'), checkDescription: t('checkDescription', {url: site}), escalateDescription: t('escalateDescription', {url: site})},
    clocks,
    today,
  );
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="rappel.ics"',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': LOCKED_DOWN_POLICY,
    },
  });
};
