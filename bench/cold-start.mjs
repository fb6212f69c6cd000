#!/usr/bin/env node
// Cold start: from navigation to an interactive attract screen, in a fresh browser context
// each time (empty HTTP cache and code cache), against a static one-button page and a bare
// React 19 page served the same way in the same run (bench/baselines/).
//   ready        navigation → the start button is visible and enabled (next animation frame)
//   first tap    that button tapped through CDP as soon as it is ready: the input event's
//                timestamp → the next screen's frame (a main thread still busy shows here)
//   interactive  ready + first tap: when a visitor's first tap has been answered
// Target (issue 14): interactive within 2× the bare React page.
//   node bench/cold-start.mjs   BENCH_COLD_ROUNDS=15 (after one discarded warm-up round; BENCH_QUICK=1 → 5)
import { check, exitCode, intEnv, load1, writeResult } from './lib/env.mjs';
import { launchBrowser, readinessInPage, startServers, timelineInPage, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { fmtRatio, fmtSummary, ratio, summarize, table } from './lib/stats.mjs';
import { createTapper, tapTimerInPage } from './lib/taps.mjs';
import { button, data } from './lib/visitors.mjs';

const ROUNDS = intEnv('BENCH_COLD_ROUNDS', 15, 5);
const TARGET_RATIO = 2;
const START_LABEL = data.ui['attract.start'].en;

async function coldStart(browser, url) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await context.addInitScript(readinessInPage, START_LABEL);
    await context.addInitScript(tapTimerInPage);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchCold?.ready != null, null, { timeout: 30_000 });
    const tapper = await createTapper(page);
    const tap = await tapper.tap(button(START_LABEL, 'start-en'), { screen: true });
    const t = await page.evaluate(() => window.__benchCold);
    const timeline = await page.evaluate(timelineInPage);
    await tapper.detach();
    return { ready: t.ready, firstTap: tap.inputToRaf, interactive: t.ready + tap.inputToRaf, longTasks: t.longTasks, longTaskMs: t.longTaskMs, ...timeline };
  } finally {
    await context.close();
  }
}

const urls = await startServers();
const browser = await launchBrowser();
const targets = { app: urls.app, react: urls.react, static: urls.static };
const names = Object.keys(targets);
const runs = Object.fromEntries(names.map((n) => [n, []]));
const loads = [load1()];
try {
  for (let round = 0; round <= ROUNDS; round++) {
    // The order rotates each round, so machine noise falls on every target alike.
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      const r = await coldStart(browser, targets[name]);
      if (round > 0) runs[name].push(r); // round 0 warms up the browser and the server
    }
    loads.push(load1());
  }
} finally {
  await browser.close();
  await urls.close();
}

const FIELDS = ['interactive', 'ready', 'firstTap', 'htmlReceived', 'scriptsReceived', 'firstContentRequest', 'contentReceived', 'firstContentfulPaint', 'longTaskMs', 'transferBytes', 'requests'];
const stats = Object.fromEntries(names.map((n) => [n, Object.fromEntries(FIELDS.map((f) => [f, summarize(runs[n].map((r) => r[f] ?? NaN))]))]));
const result = {
  rounds: ROUNDS,
  loadAverage: loads,
  targets: stats,
  ratio: {
    interactiveVsReact: ratio(stats.app.interactive.median, stats.react.interactive.median),
    interactiveVsStatic: ratio(stats.app.interactive.median, stats.static.interactive.median),
    readyVsReact: ratio(stats.app.ready.median, stats.react.ready.median),
    readyVsStatic: ratio(stats.app.ready.median, stats.static.ready.median),
    /** The least-disturbed start of each: steadier than the medians on a busy machine. */
    interactiveMinVsReact: ratio(stats.app.interactive.min, stats.react.interactive.min),
  },
  runs,
};

console.log(`\ncold start: ${ROUNDS} fresh contexts per page (after a warm-up round), load ${loads[0]} → ${loads.at(-1)}`);
console.log('ms from navigation, min / median / p95 / max');
const rows = [['page', 'interactive', 'ready (button enabled)', 'first tap', '× React (interactive)', '× static']];
for (const n of names) {
  rows.push([n, fmtSummary(stats[n].interactive), fmtSummary(stats[n].ready), fmtSummary(stats[n].firstTap), fmtRatio(ratio(stats[n].interactive.median, stats.react.interactive.median)), fmtRatio(ratio(stats[n].interactive.median, stats.static.interactive.median))]);
}
console.log(table(rows));
const a = stats.app;
const med = (s) => (s.median == null ? '–' : `${s.median.toFixed(0)} ms`);
console.log(`app timeline (medians): HTML ${med(a.htmlReceived)}, scripts received ${med(a.scriptsReceived)}, first content request ${med(a.firstContentRequest)} (${a.firstContentRequest.median != null && a.scriptsReceived.median != null ? (a.firstContentRequest.median - a.scriptsReceived.median).toFixed(0) : '–'} ms of module evaluation), content received ${med(a.contentReceived)}, ready ${med(a.ready)}; long tasks ${med(a.longTaskMs)}; ${a.requests.median} requests, ${a.transferBytes.median} B transferred`);

const checks = [
  check('cold-start:vs-react', {
    label: `cold start: interactive within ${TARGET_RATIO}× the bare React page (median)`,
    value: result.ratio.interactiveVsReact,
    limit: TARGET_RATIO,
    unit: '×',
    pass: result.ratio.interactiveVsReact !== null && result.ratio.interactiveVsReact <= TARGET_RATIO,
  }),
];
console.log(`target: ${checks[0].label}: ${fmtRatio(checks[0].value)} ${checks[0].pass ? 'PASS' : 'FAIL'} (fastest start against fastest: ${fmtRatio(result.ratio.interactiveMinVsReact)})`);
writeResult('cold-start', { result, checks });
process.exitCode = exitCode(checks);
