#!/usr/bin/env node
// Tap latency: from a finger's pointerdown to the next animation frame with the new screen in
// the DOM, per transition, over deterministic visitors that cover every task, beneficiary and
// sign-in (bench/lib/visitors.mjs), against a minimal React 19 page tapped the same number of
// times in the same run, taps interleaved (bench/lib/taps.mjs explains the timing).
// Budget (issue 14): every screen change within one 60 Hz frame at p95 (16.7 ms).
//   node bench/tap-latency.mjs            (after npx electron-vite build; npm run bench does it)
//   BENCH_TAP_VISITORS=26  visitors timed (plus one warm-up each side); BENCH_QUICK=1 → 10
//   BENCH_TAP_INPUT=touch  time the main pass with touch input instead of the mouse
//   BENCH_TAP_TOUCH_VISITORS=8  the touch cross-check pass after a mouse pass (0 = none)
//   BENCH_TAP_PACE_MS=1050 time between one page's taps (the kiosk's activity event fires once a second)
import { check, ENFORCE, exitCode, intEnv, load1, writeResult } from './lib/env.mjs';
import { launchBrowser, startServers, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { fmtRatio, fmtSummary, ratio, summarize, table } from './lib/stats.mjs';
import { createTapper, createTurns, tapTimerInPage } from './lib/taps.mjs';
import { makeVisitors, tapsOf, transitionName, walkBaseline, walkKiosk } from './lib/visitors.mjs';

export const FRAME_MS = 16.7;
const VISITORS = intEnv('BENCH_TAP_VISITORS', 26, 10);
const TOUCH_VISITORS = intEnv('BENCH_TAP_TOUCH_VISITORS', 8, 3);
const PACE_MS = intEnv('BENCH_TAP_PACE_MS', 1050, 1050);
const INPUT = process.env.BENCH_TAP_INPUT ?? 'mouse';
if (!['mouse', 'touch'].includes(INPUT)) throw new Error(`BENCH_TAP_INPUT must be mouse or touch, got ${INPUT}`);
const METRICS = ['downToRaf', 'downToDom', 'downToPaint', 'inputToRaf', 'clickToRaf'];

async function openPage(browser, url) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(tapTimerInPage);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: /^Tap to start/ }).first().waitFor({ state: 'visible' });
  return { context, page };
}

/** One pass: `n` kiosk visitors and as many baseline visitors, taps interleaved. */
async function pass(browser, urls, n, input) {
  const kiosk = await openPage(browser, urls.app);
  const base = await openPage(browser, urls.react);
  const kTap = await createTapper(kiosk.page, { input });
  const bTap = await createTapper(base.page, { input });
  const visitors = makeVisitors(n + 1); // the first is a warm-up on both pages
  const kSamples = [];
  const bSamples = [];
  const turn = createTurns(PACE_MS);
  const kioskWalk = async () => {
    for (const [i, v] of visitors.entries()) {
      await walkKiosk(v, (via, target, expect) =>
        turn('kiosk', async () => {
          const s = await kTap.tap(target, expect);
          if (i > 0) kSamples.push({ visitor: i, via, transition: transitionName(s, via), ...s });
          return s;
        }),
      );
    }
  };
  const baseWalk = async () => {
    for (const [i, v] of visitors.entries()) {
      await walkBaseline(tapsOf(v), (via, target, expect) =>
        turn('baseline', async () => {
          const s = await bTap.tap(target, expect);
          if (i > 0) bSamples.push({ visitor: i, via, ...s });
          return s;
        }),
      );
    }
  };
  const loadBefore = load1();
  await Promise.all([kioskWalk(), baseWalk()]);
  await Promise.all([kTap.detach(), bTap.detach(), kiosk.context.close(), base.context.close()]);
  return analyse(kSamples, bSamples, { input, visitors: n, loadAverage: [loadBefore, load1()] });
}

function analyse(kSamples, bSamples, meta) {
  const of = (samples, m) => summarize(samples.map((s) => s[m]));
  const baseline = Object.fromEntries(METRICS.map((m) => [m, of(bSamples, m)]));
  const overall = Object.fromEntries(METRICS.map((m) => [m, of(kSamples, m)]));
  const names = [...new Set(kSamples.map((s) => s.transition))];
  const transitions = names.map((name) => {
    const mine = kSamples.filter((s) => s.transition === name);
    const stats = Object.fromEntries(METRICS.map((m) => [m, of(mine, m)]));
    return {
      transition: name,
      n: mine.length,
      ...stats,
      ratioMedian: ratio(stats.downToRaf.median, baseline.downToRaf.median),
      ratioP95: ratio(stats.downToRaf.p95, baseline.downToRaf.p95),
      withinFrameAtP95: stats.downToRaf.p95 <= FRAME_MS,
    };
  });
  return {
    ...meta,
    taps: kSamples.length,
    baselineTaps: bSamples.length,
    overall,
    baseline,
    ratio: { median: ratio(overall.downToRaf.median, baseline.downToRaf.median), p95: ratio(overall.downToRaf.p95, baseline.downToRaf.p95) },
    transitions,
    samples: kSamples.map(({ visitor, transition, downToRaf, downToDom, inputToRaf }) => ({ visitor, transition, downToRaf, downToDom, inputToRaf })),
  };
}

function print(r, title) {
  console.log(`\n${title}: ${r.taps} kiosk taps over ${r.visitors} visitors, ${r.baselineTaps} baseline taps, ${r.input} input, load ${r.loadAverage.join(' → ')}`);
  console.log('ms, min / median / p95 / max (pointerdown → next frame unless named)');
  const rows = [['transition', 'n', 'down → frame', 'down → DOM', 'input ts → frame', '× base (med)', `p95 ≤ ${FRAME_MS}`]];
  for (const t of r.transitions) {
    rows.push([t.transition, t.n, fmtSummary(t.downToRaf), fmtSummary(t.downToDom), fmtSummary(t.inputToRaf), fmtRatio(t.ratioMedian), t.withinFrameAtP95 ? 'PASS' : 'FAIL']);
  }
  rows.push(['all kiosk taps', r.taps, fmtSummary(r.overall.downToRaf), fmtSummary(r.overall.downToDom), fmtSummary(r.overall.inputToRaf), fmtRatio(r.ratio.median), '']);
  rows.push(['baseline (React page)', r.baselineTaps, fmtSummary(r.baseline.downToRaf), fmtSummary(r.baseline.downToDom), fmtSummary(r.baseline.inputToRaf), 'baseline', '']);
  console.log(table(rows));
}

const urls = await startServers();
const browser = await launchBrowser();
let main;
let touch = null;
try {
  main = await pass(browser, urls, VISITORS, INPUT);
  print(main, 'tap latency');
  if (INPUT === 'mouse' && TOUCH_VISITORS > 0) {
    touch = await pass(browser, urls, TOUCH_VISITORS, 'touch');
    print(touch, 'touch cross-check (Input.dispatchTouchEvent; the frame is vsync-aligned, so down → DOM compares best)');
    delete touch.samples;
  }
} finally {
  await browser.close();
  await urls.close();
}

const checks = main.transitions.map((t) =>
  check(`tap:${t.transition}`, { label: `tap ${t.transition}: p95 pointerdown → frame ≤ ${FRAME_MS} ms`, value: t.downToRaf.p95, limit: FRAME_MS, unit: 'ms', pass: t.withinFrameAtP95 }),
);
const failed = checks.filter((c) => !c.pass).length;
console.log(`\nframe budget: ${checks.length - failed}/${checks.length} transitions within ${FRAME_MS} ms at p95${failed && !ENFORCE ? ' (not enforced; BENCH_ENFORCE=1 makes this fail the run)' : ''}`);
writeResult('tap-latency', { result: { ...main, touch }, checks });
process.exitCode = exitCode(checks);
