import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // A hang detector, not a speed check (speed lives in bench/): the whole-table plan test
    // takes ~3 s alone but over 40 s on a shared 2-core machine under load.
    testTimeout: 120_000,
    // Printing tests share one CUPS queue: run files one at a time on this 2-core machine.
    fileParallelism: false,
  },
});
