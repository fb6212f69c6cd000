// Sums the JSON reports of vitest and both Playwright suites into the one line CI reads:
//   tests: N passed, N failed, N skipped
// A suite whose report is missing counts as one failure: it did not run to the end.
import { existsSync, readFileSync } from 'node:fs';

const dir = process.argv[2] ?? '.tmp/results';
let passed = 0, failed = 0, skipped = 0;

function read(name) {
  const f = `${dir}/${name}`;
  if (!existsSync(f)) {
    console.log(`report missing: ${f}`);
    failed += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(f, 'utf8'));
}

const v = read('vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // A file that failed to load has no tests in it but must still fail the run.
  failed += v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  // A golden snapshot no test reads any more (a renamed test) would pass silently: fail on it.
  // (A missing one already fails: .ci/test-all.sh runs vitest with UPDATE_SNAPSHOT=none.)
  for (const f of v.snapshot?.uncheckedKeysByFile ?? []) {
    console.log(`obsolete snapshots in ${f.filePath}: ${f.keys.join('; ')}`);
    failed += 1;
  }
  if ((v.snapshot?.added ?? 0) > 0) {
    console.log(`${v.snapshot.added} snapshot(s) written instead of compared`);
    failed += 1;
  }
}

function walkPlaywright(suites) {
  for (const s of suites ?? []) {
    for (const spec of s.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const last = t.results?.[t.results.length - 1];
        if (t.status === 'skipped' || last?.status === 'skipped') skipped += 1;
        else if (t.status === 'expected' || t.status === 'flaky') passed += 1;
        else failed += 1;
      }
    }
    walkPlaywright(s.suites);
  }
}
for (const name of ['playwright.json', 'electron.json']) {
  const p = read(name);
  if (p) {
    walkPlaywright(p.suites);
    failed += (p.errors ?? []).length;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
