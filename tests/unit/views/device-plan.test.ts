// The plan the device draws: from the plan's static data (the content as its JSON file carries it, and only the
// namespaces it carries), every named persona's page view equals the server's, in both locales.
import {describe, expect, it, vi} from 'vitest';
import {createTranslator} from 'use-intl/core';
import {ALL_MESSAGES} from '@/i18n/all-messages';
import {LOCALES} from '@/i18n/locales';
import {contentLibrary} from '@/lib/content/content-store';
import {buildPlanModel as buildModel} from '@/lib/views/build-plan-model';
import {buildPlanView} from '@/lib/views/build-plan-view';
import {planEntryOf, type PlanEntry} from '@/lib/views/plan-entry';
import {PLAN_NAMESPACES} from '@/lib/views/plan-data';
import type {WordsFor} from '@/lib/views/words';
import {SCENARIOS} from '../../scenarios';
import {nextIntlServer} from './intl-stub';

vi.mock('next-intl/server', () => nextIntlServer);

const {openPlanRequest} = await import('@/app/_server/plan-request');
const {buildPlanModel} = await import('@/app/_server/plan-model');
const {planView} = await import('@/app/_server/plan-view');

/** The device's words: only the namespaces the data file carries; any other fails the test. */
const deviceWords =
  (locale: (typeof LOCALES)[number], asked: Set<string>): WordsFor =>
  async (namespace) => {
    asked.add(namespace);
    const carried = Object.fromEntries(PLAN_NAMESPACES.map((name) => [name, ALL_MESSAGES[locale][name]]));
    return createTranslator({locale, messages: carried as never, namespace: namespace as never, timeZone: 'UTC'}) as never;
  };

describe('the plan drawn on the device', {timeout: 120_000}, () => {
  for (const locale of LOCALES) {
    it(`${locale}: every persona's page view from the static data equals the server's`, async () => {
      // The content as the data file carries it: through JSON, without the pages' text.
      const content = new Map(
        (JSON.parse(JSON.stringify([...contentLibrary(locale).values()].map((entry) => planEntryOf(entry)))) as PlanEntry[]).map((entry) => [
          entry.id,
          entry,
        ]),
      );
      const asked = new Set<string>();
      for (const scenario of SCENARIOS) {
        const request = await openPlanRequest(locale, new URLSearchParams(scenario.query));
        const fromServer = await planView(request, await buildPlanModel(request));
        const words = deviceWords(locale, asked);
        const model = await buildModel(request, {words, content});
        expect(await buildPlanView(words, request, model), scenario.name).toEqual(fromServer);
      }
      // Each namespace asked for is carried whole, or is a part of one that is.
      for (const namespace of asked)
        expect(
          PLAN_NAMESPACES.some((name) => namespace === name || namespace.startsWith(`${name}.`)),
          namespace,
        ).toBe(true);
    });
  }
});
