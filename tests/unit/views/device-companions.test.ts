// The plan's companions made on the device: from the static files the build makes (the plan's data, the texts'
// data and the fiche's, fetched here from their own route handlers), every named persona's report texts, letters,
// calendar file and PDF input (model and words) equal the server's, in both locales, links included. A namespace,
// a rule or a step's text missing from the files fails it.
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {LOCALES} from '@/i18n/locales';
import {buildPlan} from '@/lib/plan/build-plan';
import {contentLibrary} from '@/lib/content/content-store';
import {noticeViews} from '@/lib/views/notice-views';
import {platformReportTexts} from '@/lib/views/report-texts';
import {planDataPath} from '@/lib/views/plan-data';
import {textsDataPath} from '@/lib/views/texts-data';
import {linksFor} from '@/lib/links';
import {ficheDataPath} from '@/lib/views/fiche-data';
import {buildPlanModel} from '@/lib/views/build-plan-model';
import {pdfLabels} from '@/lib/views/pdf-labels';
import {planTexts} from '@/lib/views/plan-texts';
import {remindersFile} from '@/lib/views/reminders-file';
import {normalizeSiteUrl} from '@/lib/site-url';
import {devicePlanLinks, devicePlanUrl} from '@/components/plan/device-links';
import {SCENARIOS} from '../../scenarios';
import {nextIntlServer} from './intl-stub';

vi.mock('next-intl/server', () => nextIntlServer);

const {openPlanRequest} = await import('@/app/_server/plan-request');
const {serverTextSources} = await import('@/app/_server/text-sources');
const planData = await import('@/app/[locale]/plan-data.json/route');
const textsData = await import('@/app/[locale]/texts-data.json/route');
const ficheData = await import('@/app/[locale]/fiche-data.json/route');
const {deviceTextsView, deviceLettersView} = await import('@/components/plan/device-companions');
const {devicePdfInput, deviceCalendar} = await import('@/components/plan/device-files');
const {serverSources} = await import('@/app/_server/plan-model');
const {serverWords} = await import('@/app/_server/server-words');

/** The static files, as the build makes them: each route handler's answer for each locale. */
const files = new Map<string, unknown>();
const fetched: string[] = [];

beforeAll(async () => {
  for (const locale of LOCALES) {
    const params = {params: Promise.resolve({locale})};
    files.set(planDataPath(locale), await (await planData.GET(new Request('http://x'), params)).json());
    files.set(textsDataPath(locale), await (await textsData.GET(new Request('http://x'), params)).json());
    files.set(ficheDataPath(locale), await (await ficheData.GET(new Request('http://x'), params)).json());
  }
  vi.stubGlobal('fetch', async (path: string) => {
    fetched.push(path);
    // Through JSON, as the browser reads it.
    return files.has(path) ? new Response(JSON.stringify(files.get(path))) : new Response('Not found', {status: 404});
  });
}, 120_000);

afterAll(() => vi.unstubAllGlobals());

describe('the texts and the letters drawn on the device', {timeout: 120_000}, () => {
  for (const locale of LOCALES) {
    it(`${locale}: every persona's texts and letters from the static data equal the server's`, async () => {
      const links = linksFor(locale);
      for (const scenario of SCENARIOS) {
        const {state, today} = await openPlanRequest(locale, new URLSearchParams(scenario.query));
        const hash = `#${scenario.query}`;
        const sources = serverTextSources(locale);

        const texts = await deviceTextsView(locale, hash);
        expect(texts?.texts, scenario.name).toEqual(
          await platformReportTexts(sources, state.answers, buildPlan(state.answers, today, contentLibrary(locale))),
        );
        expect(texts?.planHref).toBe(links.planOnDevice(state));

        const letters = await deviceLettersView(locale, hash);
        expect(letters?.notices, scenario.name).toEqual(await noticeViews(sources, state.answers, today));
        expect(letters?.datesHref).toBe(`${links.planOnDevice(state)}&to=follow-up`);
      }
      // The same two files whatever the answers, each fetched once.
      expect(fetched.filter((path) => path.startsWith(`/${locale}/`)).sort()).toEqual([planDataPath(locale), textsDataPath(locale)].sort());
    });

    it(`${locale}: every persona's calendar file and PDF input from the static data equal the server's`, async () => {
      const stamped = /^DTSTAMP:.*\r?\n/gm;
      for (const scenario of SCENARIOS) {
        const request = await openPlanRequest(locale, new URLSearchParams(scenario.query));
        const {state, today} = request;
        const hash = `#${scenario.query}&d=${today}`;
        const dated = await openPlanRequest(locale, new URLSearchParams(hash.slice(1)));
        const site = `${normalizeSiteUrl(process.env.SITE_URL)}${linksFor(locale).home()}`;
        const calendar = await remindersFile(serverWords(locale), dated.state.answers, today, contentLibrary(locale), site);
        expect((await deviceCalendar(locale, hash)).replace(stamped, ''), scenario.name).toBe(calendar.replace(stamped, ''));

        // The server's model with the links of a plan drawn on the device (the PDF prints them).
        const links = devicePlanLinks(locale);
        const input = {...request, links};
        const model = await buildPlanModel(input, serverSources(locale), planTexts(serverTextSources(locale), input));
        const fromDevice = await devicePdfInput(locale, `#${scenario.query}`);
        expect(fromDevice.model, scenario.name).toEqual(model);
        expect(fromDevice.labels, scenario.name).toEqual(await pdfLabels(serverWords(locale), model));
        expect(fromDevice.planUrl).toBe(devicePlanUrl(links, state));
      }
    });
  }

  it('a fragment without answers draws nothing (the page for a link without answers stays)', async () => {
    expect(await deviceTextsView('fr', '#utm=1')).toBeUndefined();
    expect(await deviceLettersView('en', '#')).toBeUndefined();
  });

  it('some persona has texts in both languages and letters, so the comparison above is not empty', async () => {
    const texts = await deviceTextsView('fr', '#c=fr&p=x&p=snapchat&a=15&b=16&k=2');
    expect(texts?.texts.map((text) => text.platform).sort()).toEqual(['snapchat', 'x']);
    expect(texts?.texts[0]?.english).toMatch(/I was 15 years old/);
    const letters = await deviceLettersView('fr', '#c=be&p=x&a=25&b=26&k=1&m=1');
    expect(letters?.notices.some((notice) => notice.english)).toBe(true);
  });
});
