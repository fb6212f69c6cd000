#!/usr/bin/env bash
# `npm test`: every suite runs even when an earlier one fails, then one summary line.
set -u
cd "$(dirname "$0")/.."
rm -rf .tmp/results && mkdir -p .tmp/results
# A missing golden snapshot fails instead of being written. Vitest only does that when CI is
# set, and a local `npm test` has no CI (setting CI here would also make the printing tests
# require a spooler). Update snapshots on purpose with `npx vitest run -u`.
UPDATE_SNAPSHOT=none npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/results/vitest.json; unit=$?
npx playwright test; web=$?
npx playwright test -c playwright.electron.config.ts; electron=$?
node .ci/count-results.mjs .tmp/results; summary=$?
[ $unit -eq 0 ] && [ $web -eq 0 ] && [ $electron -eq 0 ] && [ $summary -eq 0 ]
