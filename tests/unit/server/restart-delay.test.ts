import {expect, it} from 'vitest';
import {MAX_RESTART_DELAY_MS, restartDelay} from '../../../scripts/restart-delay.mjs';

it('replaces a worker at once, then backs off, and never gives up', () => {
  expect([1, 2, 3, 4, 5, 6].map(restartDelay)).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000]);
  expect(restartDelay(7)).toBe(MAX_RESTART_DELAY_MS);
  expect(restartDelay(500)).toBe(MAX_RESTART_DELAY_MS);
});
