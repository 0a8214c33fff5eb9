// The named personas of the rule-table tests (tests/scenarios.ts), as a person sees their plan in each locale:
// every step the rules include is there, with the number or link the plan chose for that person; no step the
// rules exclude.
import {join} from 'node:path';
import {expect, test} from '@playwright/test';
import {LOCALES} from '../../i18n/locales';
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {parseAnswers} from '../../lib/answers/parse-answers';
import {loadContentLibrary} from '../../lib/content/load-content';
import {buildPlan} from '../../lib/plan/build-plan';
import {SCENARIOS} from '../scenarios';
import {contentMarkers} from './content-markers';

for (const locale of LOCALES) {
  const library = loadContentLibrary(join(process.cwd(), 'content'), locale);
  for (const scenario of SCENARIOS) {
    test(`${locale}: ${scenario.name}`, async ({page}) => {
      const markers = contentMarkers(locale);
      const plan = buildPlan(parseAnswers(new URLSearchParams(scenario.query)).answers, '2026-12-06', library);
      const taps = new Map(plan.sections.flatMap((section) => section.items.map((item) => [item.contentId, item.tap] as const)));
      await page.goto(`/${locale}/plan?${scenario.query}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(ALL_MESSAGES[locale].Plan.title);
      const main = page.locator('main');
      for (const id of scenario.includes) {
        const marker = markers.get(id);
        expect(marker, `content/${locale} has ${id}`).toBeDefined();
        await expect(main.getByRole('heading', {name: marker!.title, exact: true}).first(), `${id}: title`).toBeAttached();
        // The one tap the plan chose for this person: a number or a link that serves them.
        const tap = taps.get(id);
        const href =
          tap?.kind === 'phone'
            ? `${tap.sms ? 'sms' : 'tel'}:${tap.number}`
            : tap?.kind === 'link'
              ? library.get(id)!.links.find((link) => link.id === tap.id)!.url
              : undefined;
        if (href) await expect(main.locator(`a[href="${href}"]`).first(), `${id}: ${href}`).toBeAttached();
      }
      for (const id of scenario.excludes) {
        await expect(main.getByRole('heading', {name: markers.get(id)!.title, exact: true}), `${id} is not in this plan`).toHaveCount(0);
      }
    });
  }
}
