// The named personas of the rule-table tests (tests/scenarios.ts), as a person sees their plan in each locale:
// every step the rules include is there, with its number or link; no step the rules exclude.
import {expect, test} from '@playwright/test';
import {LOCALES} from '../../i18n/locales';
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {SCENARIOS} from '../scenarios';
import {contentMarkers} from './content-markers';

for (const locale of LOCALES) {
  for (const scenario of SCENARIOS) {
    test(`${locale}: ${scenario.name}`, async ({page}) => {
      const markers = contentMarkers(locale);
      await page.goto(`/${locale}/plan?${scenario.query}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(ALL_MESSAGES[locale].Plan.title);
      const main = page.locator('main');
      for (const id of scenario.includes) {
        const marker = markers.get(id);
        expect(marker, `content/${locale} has ${id}`).toBeDefined();
        await expect(main.getByRole('heading', {name: marker!.title, exact: true}).first(), `${id}: title`).toBeAttached();
        if (marker!.tel) await expect(main.locator(`a[href="${marker!.tel}"]`).first(), `${id}: ${marker!.tel}`).toBeAttached();
        else if (marker!.href) await expect(main.locator(`a[href="${marker!.href}"]`).first(), `${id}: ${marker!.href}`).toBeAttached();
      }
      for (const id of scenario.excludes) {
        await expect(main.getByRole('heading', {name: markers.get(id)!.title, exact: true}), `${id} is not in this plan`).toHaveCount(0);
      }
    });
  }
}
