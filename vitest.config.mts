import {defineConfig} from 'vitest/config';

export default defineConfig({
  resolve: {tsconfigPaths: true},
  // The answer-space tests build tens of thousands of plans: an explicit budget that holds on a busy machine.
  test: {environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'], testTimeout: 30_000},
});
