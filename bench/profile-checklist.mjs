#!/usr/bin/env node
// Where a tap's time goes: CPU profiles (100 µs sampling) of chosen taps over several visitors,
// on a build of the app as configured but unminified with source maps (readable names, and
// samples attributed to source modules), plus the page's own style/layout/script totals for
// the tap (Performance.getMetrics). Not part of `npm run bench`: profiling inflates times, so
// the figures are shares. Default: the review → checklist tap, the slowest one.
//   node bench/profile-checklist.mjs   BENCH_PROFILE_VISITORS=12  BENCH_PROFILE_TAPS=confirm,start-over
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intEnv, OUT, sleep } from './lib/env.mjs';
import { launchBrowser, startServers, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { buildProfileApp, loadSourceMaps, medianOf, metricDelta, metrics, PROFILE_APP_OUT, summariseProfile, topLines } from './lib/profile.mjs';
import { summarize } from './lib/stats.mjs';
import { createTapper, tapTimerInPage } from './lib/taps.mjs';
import { makeVisitors, transitionName, walkKiosk } from './lib/visitors.mjs';

const VISITORS = intEnv('BENCH_PROFILE_VISITORS', 12, 4);
const TAPS = (process.env.BENCH_PROFILE_TAPS ?? 'confirm').split(',').map((s) => s.trim()).filter(Boolean);

await buildProfileApp();
const maps = loadSourceMaps();
const urls = await startServers({ appDir: PROFILE_APP_OUT });
const browser = await launchBrowser();
const profiled = {};
try {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(tapTimerInPage);
  const page = await context.newPage();
  await page.goto(urls.app);
  const tapper = await createTapper(page);
  const { cdp } = tapper;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Performance.enable');
  for (const [i, v] of makeVisitors(VISITORS + 1).entries()) {
    await walkKiosk(v, async (via, target, expect) => {
      if (i === 0 || !TAPS.includes(via)) return tapper.tap(target, expect);
      await sleep(1050); // a person's pause: the activity event fires on this tap, as it would
      const before = await metrics(cdp);
      await cdp.send('Profiler.start');
      const s = await tapper.tap(target, expect);
      const { profile } = await cdp.send('Profiler.stop');
      const after = await metrics(cdp);
      const name = transitionName(s, via);
      (profiled[name] ??= []).push({ tap: s.downToRaf, metrics: metricDelta(before, after), ...summariseProfile(profile, maps) });
      return s;
    });
  }
  await tapper.detach();
} finally {
  await browser.close();
  await urls.close();
}

const report = [];
for (const [name, runs] of Object.entries(profiled)) {
  const busy = summarize(runs.map((r) => r.busyMs));
  const m = (k) => summarize(runs.map((r) => r.metrics[k])).median?.toFixed(1);
  const inclusive = medianOf(runs, 'inclusive');
  const modules = medianOf(runs, 'modules');
  report.push(
    `${name}: ${runs.length} profiled taps; pointerdown → frame while profiling median ${summarize(runs.map((r) => r.tap)).median} ms`,
    `  page totals (median ms): task ${m('TaskDuration')}, script ${m('ScriptDuration')}, style ${m('RecalcStyleDuration')}, layout ${m('LayoutDuration')}; sampled busy (not idle) ${busy.median?.toFixed(1)} ms`,
    `  by function, inclusive (median ms, share of busy; React's scheduling frames left out):`,
    topLines(inclusive, 25, busy.median, { plumbing: false }),
    `  by source module, self time (median ms):`,
    topLines(modules, 15, busy.median),
    '',
  );
}
const text = report.join('\n');
console.log(`\n${text}`);
mkdirSync(join(OUT, 'profiles'), { recursive: true });
writeFileSync(join(OUT, 'profiles', 'taps.txt'), text);
writeFileSync(join(OUT, 'profiles', 'taps.json'), JSON.stringify(Object.fromEntries(Object.entries(profiled).map(([k, runs]) => [k, { inclusive: medianOf(runs, 'inclusive'), modules: medianOf(runs, 'modules'), self: medianOf(runs, 'self') }])), null, 1));
console.log(`written to ${join(OUT, 'profiles', 'taps.txt')}`);
