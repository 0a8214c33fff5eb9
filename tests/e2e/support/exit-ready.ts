// Waits until "Leave this site" acts as it does with JavaScript (public/quick-exit.js has run): a tap before that,
// on a slow phone, is a plain link, and Back can show the page again, as without JavaScript.
import type {Page} from '@playwright/test';

export const exitReady = (page: Page) => page.waitForFunction(() => (window as {recoursExitReady?: boolean}).recoursExitReady === true);
