import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The suite StrykerJS runs against each mutant: the unit tests only. tests/integration needs
 * the CUPS spooler (one shared queue) and would make every mutant wait on it. (Not
 * mergeConfig: it would append to the base `include` instead of replacing it.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Tests that read source text skip on this flag: Stryker's sandbox holds instrumented code.
    env: { KIOSK_MUTATION_RUN: '1' },
  },
});
