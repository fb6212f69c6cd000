#!/usr/bin/env node
// `npm run bench`: builds the app and the baseline pages, runs every bench (each in its own
// Node process, one after another, so they never compete for the two cores), and writes
// bench/results.json: the machine, each bench's numbers next to its same-run baseline, and
// every budget check. Prints the headline table at the end.
//   npm run bench                        everything (about 20 minutes here)
//   npm run bench -- tap-latency soak    only those (results go to out/bench/results.json)
//   BENCH_QUICK=1 npm run bench          fewer samples (results go to out/bench/results.json)
//   BENCH_ENFORCE=1 npm run bench        the speed budgets fail the run too (the bundle budget always does)
//   BENCH_NO_BUILD=1                     use the existing out/renderer
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { ensureBaselines } from './lib/build.mjs';
import { ENFORCE, machineInfo, OUT, QUICK, ROOT } from './lib/env.mjs';
import { headline, machineLine } from './lib/summary.mjs';
import { table } from './lib/stats.mjs';

/** In this order: the quick, CPU-light ones first, the 1000-visitor soak last. */
const BENCHES = {
  'bundle-size': 'bundle-size.mjs',
  plan: 'plan-bench.mjs',
  'cold-start': 'cold-start.mjs',
  'tap-latency': 'tap-latency.mjs',
  'pdf-render': 'pdf-render.mjs',
  print: 'print-bench.mjs',
  soak: 'soak.mjs',
};

const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`the benches need Node 24 (type stripping); this is ${process.version}. Run: source .ci/env.sh`);
  process.exit(2);
}
const asked = process.argv.slice(2);
for (const a of asked) if (!BENCHES[a]) throw new Error(`unknown bench "${a}"; one of: ${Object.keys(BENCHES).join(', ')}`);
const names = asked.length ? asked : Object.keys(BENCHES);
const complete = names.length === Object.keys(BENCHES).length && !QUICK;
const resultsDir = join(OUT, 'results');
const started = Date.now();
const loads = [];
const sampleLoad = () => loads.push(loadavg()[0]);
const loadTimer = setInterval(sampleLoad, 10_000);
sampleLoad();

if (process.env.BENCH_NO_BUILD !== '1') {
  console.log('building the app (npx electron-vite build) and the baseline pages');
  const r = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
}
await ensureBaselines({ force: true });

const machine = machineInfo();
const benches = {};
for (const name of names) {
  const file = join(resultsDir, `${name}.json`);
  rmSync(file, { force: true });
  console.log(`\n=== ${name} (load average ${loadavg()[0].toFixed(2)})`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(import.meta.dirname, BENCHES[name])], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS_DIR: resultsDir },
  });
  const seconds = Math.round((Date.now() - t0) / 100) / 10;
  const out = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  benches[name] = out ? { exitCode: r.status, seconds, ...out } : { exitCode: r.status ?? 1, seconds, crashed: true };
  if (!out) console.error(`${name}: no result (exit ${r.status}); see the output above`);
}
clearInterval(loadTimer);
sampleLoad();

const checks = Object.values(benches).flatMap((b) => b.checks ?? []);
const round = (x) => Math.round(x * 100) / 100;
const results = {
  machine,
  quick: QUICK,
  enforce: ENFORCE,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  loadAverage: { start: round(loads[0]), end: round(loads.at(-1)), min: round(Math.min(...loads)), max: round(Math.max(...loads)), samples: loads.map(round) },
  benches,
  checks,
};
mkdirSync(OUT, { recursive: true });
const target = complete ? join(ROOT, 'bench/results.json') : join(OUT, 'results.json');
writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n=== summary: ${machineLine(results)}`);
console.log(table([['measurement', 'kiosk', 'baseline (same run)', 'ratio', 'target', ''], ...headline(results)]));
const crashed = Object.entries(benches).filter(([, b]) => b.crashed).map(([n]) => n);
const failed = checks.filter((c) => c.enforced && !c.pass);
const unenforced = checks.filter((c) => !c.enforced && !c.pass);
if (unenforced.length) console.log(`${unenforced.length} speed budget(s) not met yet (not enforced; BENCH_ENFORCE=1 enforces them)`);
if (failed.length) console.log(`FAILED: ${failed.map((c) => c.id).join(', ')}`);
if (crashed.length) console.log(`CRASHED: ${crashed.join(', ')}`);
console.log(`wrote ${relative(ROOT, target)}${complete ? '' : ' (a partial or quick run does not replace bench/results.json)'}`);
process.exitCode = failed.length || crashed.length ? 1 : 0;
