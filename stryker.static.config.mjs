// @ts-check
import base from './stryker.config.mjs';

/**
 * `npm run test:mutation:static`: the static mutants the main run leaves out, for the module-
 * level schemas where they matter most: the IPC contract main validates every message with,
 * and the operator settings. Each static mutant reloads every test file that imports the
 * module, so this stays to these two small files.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  mutate: ['src/shared/ipc.ts', 'src/main/settings.ts'],
  ignoreStatic: false,
  incrementalFile: 'reports/mutation/static-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/static.html' },
  jsonReporter: { fileName: 'reports/mutation/static.json' },
  thresholds: { ...base.thresholds, break: 0 },
};
