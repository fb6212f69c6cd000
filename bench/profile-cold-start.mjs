#!/usr/bin/env node
// Where cold start's time goes: CPU profiles (100 µs sampling) from navigation to a ready
// start button, each in a fresh browser context, on a build of the app as configured but
// unminified with source maps (bench/lib/profile.mjs), with the Resource Timing milestones
// of the same starts. Not part of `npm run bench`: profiling inflates times (read shares).
//   node bench/profile-cold-start.mjs   BENCH_PROFILE_STARTS=5
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intEnv, OUT } from './lib/env.mjs';
import { launchBrowser, readinessInPage, startServers, timelineInPage, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { buildProfileApp, loadSourceMaps, medianOf, metricDelta, metrics, PROFILE_APP_OUT, summariseProfile, topLines } from './lib/profile.mjs';
import { summarize } from './lib/stats.mjs';
import { data } from './lib/visitors.mjs';

const STARTS = intEnv('BENCH_PROFILE_STARTS', 5, 3);
const START_LABEL = data.ui['attract.start'].en;

await buildProfileApp();
const maps = loadSourceMaps();
const urls = await startServers({ appDir: PROFILE_APP_OUT });
const browser = await launchBrowser();
const runs = [];
try {
  for (let i = 0; i <= STARTS; i++) {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await context.addInitScript(readinessInPage, START_LABEL);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const before = await metrics(cdp);
    await cdp.send('Profiler.start');
    await page.goto(urls.app, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchCold?.ready != null, null, { timeout: 30_000 });
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics(cdp);
    const ready = await page.evaluate(() => window.__benchCold.ready);
    const timeline = await page.evaluate(timelineInPage);
    if (i > 0) runs.push({ ready, ...timeline, metrics: metricDelta(before, after), ...summariseProfile(profile, maps) });
    await context.close();
  }
} finally {
  await browser.close();
  await urls.close();
}

const med = (f) => summarize(runs.map(f)).median;
const busy = med((r) => r.busyMs);
const text = [
  `cold start, ${runs.length} profiled starts (fresh contexts, after one discarded): ready median ${med((r) => r.ready)?.toFixed(0)} ms while profiling`,
  `  milestones (median ms from navigation): scripts received ${med((r) => r.scriptsReceived)?.toFixed(0)}, first content request ${med((r) => r.firstContentRequest)?.toFixed(0) ?? '–'}, content received ${med((r) => r.contentReceived)?.toFixed(0) ?? '–'}, ready ${med((r) => r.ready)?.toFixed(0)}`,
  `  page totals (median ms): task ${med((r) => r.metrics.TaskDuration)?.toFixed(1)}, script ${med((r) => r.metrics.ScriptDuration)?.toFixed(1)}, style ${med((r) => r.metrics.RecalcStyleDuration)?.toFixed(1)}, layout ${med((r) => r.metrics.LayoutDuration)?.toFixed(1)}; sampled busy ${busy?.toFixed(1)} ms`,
  '  by function, inclusive (median ms, share of busy; React scheduling frames left out):',
  topLines(medianOf(runs, 'inclusive'), 30, busy, { plumbing: false }),
  '  by source module, self time (median ms):',
  topLines(medianOf(runs, 'modules'), 15, busy),
].join('\n');
console.log(`\n${text}`);
mkdirSync(join(OUT, 'profiles'), { recursive: true });
writeFileSync(join(OUT, 'profiles', 'cold-start.txt'), text);
console.log(`written to ${join(OUT, 'profiles', 'cold-start.txt')}`);
