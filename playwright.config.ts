import {defineConfig, devices} from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  browserName: 'chromium' as const,
  locale: 'fr-FR', // Playwright's default en-US would make `/` negotiate English
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Explicit budgets, not defaults that only hold on an idle machine: a test visiting several pages asks for
  // more with budgetFor() (tests/e2e/time-budget.ts); heavy checks set their own.
  timeout: 45_000,
  expect: {timeout: 10_000},
  use: {baseURL: `http://localhost:${PORT}`, trace: 'off', navigationTimeout: 30_000, actionTimeout: 15_000},
  projects: [
    {name: 'phone-js', testIgnore: /flood\.spec/, use: {...devices['Pixel 7'], ...chromium}},
    {name: 'phone-nojs', testIgnore: /flood\.spec/, use: {...devices['Pixel 7'], ...chromium, javaScriptEnabled: false}},
    // Accessibility at the narrowest phone width and on a desktop screen.
    {name: 'phone-320', testMatch: /a11y(-display)?\.spec/, use: {...devices['Pixel 7'], ...chromium, viewport: {width: 320, height: 640}}},
    {name: 'desktop', testMatch: /a11y(-display)?\.spec/, use: {...devices['Desktop Chrome'], ...chromium}},
    // Last and alone: it loads the machine on purpose, and times pages on servers of its own.
    {name: 'flood', testMatch: /flood\.spec/, dependencies: ['phone-js', 'phone-nojs', 'phone-320', 'desktop']},
  ],
  webServer: {
    command: `node scripts/serve.mjs -p ${PORT}`, // the production server, as `npm start` runs it
    url: `http://localhost:${PORT}/fr`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
