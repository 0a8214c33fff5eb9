import {expect, it} from 'vitest';
import {MAX_RESTART_DELAY_MS, restartDelay} from '../../../scripts/restart-delay.mjs';

it('replaces a worker at once, then backs off while others serve, and never gives up', () => {
  expect([1, 2, 3, 4, 5, 6].map((exits) => restartDelay(exits, 1))).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000]);
  expect(restartDelay(7, 1)).toBe(MAX_RESTART_DELAY_MS);
  expect(restartDelay(500, 1)).toBe(MAX_RESTART_DELAY_MS);
});

it('starts one at once when no worker is left, however many stopped before', () => {
  for (const exits of [1, 2, 6, 500]) expect(restartDelay(exits, 0)).toBe(0);
});
