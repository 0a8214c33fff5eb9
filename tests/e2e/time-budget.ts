// Time budgets for browser tests that visit several pages: each page gets its share, so a busy machine
// makes such a test slower without making it fail. Single-page tests use the config's timeout.
import {test} from '@playwright/test';

export const PAGE_BUDGET_MS = 10_000;

/** Gives the current test time for `pages` page visits, on top of the base timeout. */
export const budgetFor = (pages: number, perPageMs = PAGE_BUDGET_MS) => test.setTimeout(30_000 + pages * perPageMs);
