// What every bench shares about where it runs: the repo paths, the knobs (environment
// variables), the machine it ran on, and where each bench leaves its JSON for bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'out/bench');
/** One JSON file per bench; bench/run.mjs merges them into bench/results.json. */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(OUT, 'results');

/** BENCH_QUICK=1: fewer visitors and rounds, for a quick look (numbers are noisier). */
export const QUICK = process.env.BENCH_QUICK === '1';
/** BENCH_ENFORCE=1: the speed budgets (frame, print, heap, cold start) fail the run too. */
export const ENFORCE = process.env.BENCH_ENFORCE === '1';

export function intEnv(name, full, quick) {
  const raw = process.env[name];
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
    return n;
  }
  return QUICK ? quick : full;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function git(args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function chromiumVersion() {
  const r = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (/[\d.]+\.\d+/.exec(r.stdout)?.[0] ?? r.stdout.trim()) : null;
}

/** The machine and code a result came from; figures from different machines do not compare. */
export function machineInfo() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
    dirty: (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export const load1 = () => Math.round(loadavg()[0] * 100) / 100;

/**
 * A budget check. `always` checks fail `npm run bench` (the bundle budget); the others fail it
 * only with BENCH_ENFORCE=1, until the speed work lands.
 */
export function check(id, { label, value, limit, unit = '', pass, always = false }) {
  return { id, label, value, limit, unit, pass: Boolean(pass), enforced: always || ENFORCE, always };
}

/** Writes this bench's result for bench/run.mjs (and anyone reading out/bench/results/). */
export function writeResult(name, result) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, ...result }, null, 2)}\n`);
  return file;
}

/** Exit code for a bench run on its own: non-zero when an enforced check failed. */
export function exitCode(checks) {
  return checks.some((c) => c.enforced && !c.pass) ? 1 : 0;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
