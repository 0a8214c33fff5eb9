import {expect, test, type Page} from '@playwright/test';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';
import {selectOther} from './messages';
import {atStep} from './support/step-url';

const MESSAGES = {fr, en} as const;

const answerAndContinue = async (page: Page, continueLabel: string, act: () => Promise<void>) => {
  await act();
  await page.getByRole('button', {name: continueLabel}).click();
};

for (const locale of ['fr', 'en'] as const) {
  const m = MESSAGES[locale];

  test(`${locale}: from the home page to a plan for a teenager in France`, async ({page}) => {
    await page.goto(`/${locale}`);
    await page.getByRole('link', {name: m.Home.start}).click();

    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.who.title);
    await expect(page.getByText(m.Questions.progress.replace('{current}', '1').replace('{total}', '6'))).toBeVisible();
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.who.me}).check());

    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.country.title));
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.country.fr}).check());

    // Danger and threats come right after who and where: someone blackmailed reaches "don't pay" sooner.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.situation.title);
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('checkbox', {name: selectOther(m.Questions.situation.threats)}).check());

    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.threatChannel.title));
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('checkbox', {name: m.Platforms.snapchat}).check());

    // Where anything is published, apart from where the threats come from: "nothing is published" comes first.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.platforms.titleThreatened));
    await expect(page.getByRole('checkbox').first()).toHaveAccessibleName(m.Questions.platforms.notPublished);
    await answerAndContinue(page, m.Questions.continue, async () => {
      await page.getByRole('checkbox', {name: m.Platforms.x}).check();
      await page.getByRole('checkbox', {name: m.Platforms.snapchat}).check();
    });

    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.ages.title));
    await answerAndContinue(page, m.Questions.continue, async () => {
      await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('15');
      await page.getByLabel(selectOther(m.Questions.ages.ageNow)).fill('16');
    });

    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.consent.title);
    await answerAndContinue(page, m.Questions.continue, () =>
      page.getByRole('radio', {name: selectOther(m.Questions.consent['sent-privately'])}).check(),
    );

    await expect(page).toHaveURL(atStep('check', 'w=1&c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2&t=snapchat'));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Check.title);
    await expect(page.getByText(`${m.Platforms.x}, ${m.Platforms.snapchat}`)).toBeVisible();
    await page.getByRole('link', {name: m.Check.submit}).click();

    // With JavaScript, the plan moves its answers after `#` at once (components/plan/AnswersToFragment.tsx).
    await expect(page).toHaveURL(new RegExp(`/${locale}/plan[?#]w=1&c=fr&p=x&p=snapchat&a=15&b=16&k=2&u=2&t=snapchat$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Plan.title);
    for (const section of ['threats', 'evidence', 'report', 'alert', 'reupload', 'escalate', 'police', 'support'] as const) {
      await expect(page.getByRole('heading', {level: 2, name: selectOther(m.Plan.sections[section])})).toBeVisible();
    }
    await expect(page.getByRole('heading', {level: 2, name: selectOther(m.Plan.sections.safety)})).toHaveCount(0);
    await expect(page.locator('a[href="tel:3018"]').first()).toBeVisible();
    await expect(page.getByText(selectOther(m.Reasons.madeUnder18)).first()).toBeVisible();
  });

  test(`${locale}: a person in Québec is asked for the province and gets Québec's routes`, async ({page}) => {
    await page.goto(`/${locale}/questions/who`);
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.who.me}).check());
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.country.ca}).check());
    await expect(page.getByRole('heading', {level: 1})).toHaveText(selectOther(m.Questions.province.title));
    await expect(page.getByText(m.Questions.progress.replace('{current}', '3').replace('{total}', '7'))).toBeVisible();
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.province.qc}).check());
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('checkbox', {name: selectOther(m.Questions.situation.danger)}).check());
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('checkbox', {name: m.Platforms.unknown}).check());
    await page.getByRole('button', {name: m.Questions.continue}).click(); // ages left blank: "rather not say"
    await answerAndContinue(page, m.Questions.continue, () => page.getByRole('radio', {name: m.Questions.consent.notSaid}).check());
    await expect(page).toHaveURL(atStep('check', 'w=1&c=ca&r=qc&p=unknown&a=&b=&k=&u=1'));
    await expect(page.getByText(m.Check.notSaid).first()).toBeVisible();
    await page.getByRole('link', {name: m.Check.submit}).click();
    await expect(page.getByRole('heading', {level: 2, name: selectOther(m.Plan.sections.safety)})).toBeVisible();
    await expect(page.locator('a[href="tel:911"]').first()).toBeVisible();
    await expect(page.getByText(selectOther(m.Reasons.livesInQc)).first()).toBeVisible();
  });
}

test('an empty answer shows an error summary linked to the field, and "Error" in the title', async ({page}, testInfo) => {
  const m = MESSAGES.fr;
  await page.goto('/fr/questions/country');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  const summary = page.getByRole('alert', {name: MESSAGES.fr.Questions.errorSummaryTitle});
  await expect(summary).toContainText(selectOther(m.Questions.errors.chooseCountry));
  await expect(summary.getByRole('link', {name: selectOther(m.Questions.errors.chooseCountry)})).toHaveAttribute('href', '#field-c');
  await expect(page.locator('#field-c')).toHaveCount(1);
  await expect(page).toHaveURL(atStep('country'));
  await expect(page).toHaveTitle(new RegExp(`^${m.Questions.errorPrefix}`));
  // With JavaScript, react-hook-form answers without a round trip; without it, the server does.
  if (testInfo.project.use.javaScriptEnabled === false) expect(page.url()).toContain('s=1');
  else expect(page.url()).not.toContain('s=1');
});

test('ages are checked: letters and impossible ages are refused with a clear message', async ({page}) => {
  const m = MESSAGES.fr;
  await page.goto('/fr/questions/ages?c=fr&p=x');
  await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('abc');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page.getByRole('alert', {name: MESSAGES.fr.Questions.errorSummaryTitle})).toContainText(m.Questions.errors.ageNotNumber);
  await page.getByLabel(selectOther(m.Questions.ages.ageMade)).fill('17');
  await page.getByLabel(selectOther(m.Questions.ages.ageNow)).fill('16');
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page.getByRole('alert', {name: MESSAGES.fr.Questions.errorSummaryTitle})).toContainText(m.Questions.errors.ageNowBeforeMade);
});

test('"Change" on the check page comes back to the check page with the new answer', async ({page}) => {
  const m = MESSAGES.fr;
  await page.goto('/fr/check?c=fr&p=x&a=15&b=16&k=2&u=2');
  await page.getByRole('link', {name: `${m.Check.change} – ${m.Check.platforms}`}).click();
  await expect(page.getByRole('checkbox', {name: m.Platforms.x})).toBeChecked();
  await page.getByRole('checkbox', {name: m.Platforms.tiktok}).check();
  await page.getByRole('button', {name: m.Questions.continue}).click();
  await expect(page).toHaveURL(atStep('check', 'c=fr&p=x&p=tiktok&a=15&b=16&k=2&u=2'));
  await expect(page.getByText(`${m.Platforms.x}, ${m.Platforms.tiktok}`)).toBeVisible();
});

test('the back link returns to the previous question with its answer kept', async ({page}) => {
  const m = MESSAGES.fr;
  await page.goto('/fr/questions/ages?c=ca&r=bc&p=reddit');
  await page.locator('a.back-link').click();
  await expect(page.locator('a.back-link')).not.toHaveText(/JavaScript/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(m.Questions.platforms.title);
  await expect(page.getByRole('checkbox', {name: m.Platforms.reddit})).toBeChecked();
});
