// GET /{locale}/plan/reminders.ics?<plan query>: the follow-up reminders as a calendar file, for a plan drawn by the
// server (JavaScript off). Made on request from the link; nothing is kept. The plan drawn on the device makes the
// same file there (lib/views/reminders-file.ts).
import type {NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {contentLibrary} from '@/lib/content/content-store';
import {queryTooLong} from '@/lib/security/request-limits';
import {LOCKED_DOWN_POLICY} from '@/lib/security/csp';
import {remindersFile} from '@/lib/views/reminders-file';
import {REMINDERS_FILE_NAME} from '@/lib/views/file-names';
import {openPlanRequest} from '@/app/_server/plan-request';
import {serverWords} from '@/app/_server/server-words';
import {siteOrigin} from '@/app/_server/site-origin';

export const GET = async (request: NextRequest, {params}: {params: Promise<{locale: string}>}) => {
  const {locale} = await params;
  const headers = {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY};
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', {status: 404, headers});
  if (queryTooLong(request.nextUrl)) return new Response('Too long', {status: 414, headers});

  const {state, today, links} = await openPlanRequest(locale, request.nextUrl.searchParams);
  const calendar = await remindersFile(serverWords(locale), state.answers, today, contentLibrary(locale), `${siteOrigin()}${links.home()}`);
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${REMINDERS_FILE_NAME}"`,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': LOCKED_DOWN_POLICY,
    },
  });
};
