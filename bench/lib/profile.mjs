// CPU profiles (CDP Profiler) summarised for people: where the JS time of a tap or a cold
// start goes, by function (inclusive: the function and what it calls) and by source module
// (self time), mapped back to the source with the build's source maps. Profiling slows the
// page down; read the figures as shares, not as latencies. Style, layout and paint are not
// JavaScript: Performance.getMetrics deltas give those totals.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, basename } from 'node:path';
import { buildApp, appRendererConfig } from './build.mjs';
import { OUT } from './env.mjs';

export const PROFILE_APP_OUT = join(OUT, 'profile-renderer');

/** The app's renderer as configured, but not minified (readable names) and with source maps. */
export async function buildProfileApp() {
  const renderer = await appRendererConfig();
  await buildApp({ outDir: PROFILE_APP_OUT, sourcemap: true, minify: false, renderer });
}

/** Source maps of the profiling build, by the script's file name. */
export function loadSourceMaps(dir = PROFILE_APP_OUT) {
  const maps = new Map();
  const assets = join(dir, 'assets');
  if (!existsSync(assets)) return maps;
  for (const f of readdirSync(assets)) if (f.endsWith('.js.map')) maps.set(f.slice(0, -4), new SourceMap(JSON.parse(readFileSync(join(assets, f), 'utf8'))));
  return maps;
}

/** "react-dom", "zod", "src/shared/plan/build-plan.ts" … from a source map's original path. */
function moduleOf(source) {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  const src = /(src\/.+)$/.exec(source);
  return src ? src[1] : source;
}

function locate(frame, maps) {
  const { functionName, url, lineNumber, columnNumber } = frame;
  // No URL: a builtin (focus, fetch …), V8's own buckets, or the harness's init scripts.
  if (!url) return { name: functionName || '(native)', module: functionName.startsWith('(') ? functionName : '(native or harness)' };
  const map = maps.get(basename(url.split('?')[0]));
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry && entry.originalSource) {
    const module = moduleOf(entry.originalSource);
    return { name: `${functionName || '(anonymous)'} (${module.split('/').pop()}:${entry.originalLine + 1})`, module };
  }
  if (!functionName && lineNumber === 0) return { name: `(top-level script: ${basename(url)})`, module: '(top-level script)' };
  return { name: `${functionName || '(anonymous)'} (${basename(url)}:${lineNumber + 1})`, module: basename(url) };
}

/**
 * One profile → { busyMs, inclusive: {fn: ms}, self: {fn: ms}, modules: {module: self ms} }.
 * (idle), (program) and (garbage collector) are kept apart from script time.
 */
export function summariseProfile(profile, maps) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = new Map(profile.nodes.map((n) => [n.id, locate(n.callFrame, maps)]));
  const inclusive = {};
  const self = {};
  const modules = {};
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = profile.samples[i];
    const leafName = nodes.get(leaf).callFrame.functionName;
    if (leafName === '(idle)') continue;
    busy += dt;
    const w = where.get(leaf);
    self[w.name] = (self[w.name] ?? 0) + dt;
    modules[w.module] = (modules[w.module] ?? 0) + dt;
    const seen = new Set();
    for (let id = leaf; id !== undefined; id = parent.get(id)) {
      const name = where.get(id).name;
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      inclusive[name] = (inclusive[name] ?? 0) + dt;
    }
  }
  return { busyMs: busy, inclusive, self, modules };
}

/** Median over several profiles of each key's ms (a key missing from a profile counts as 0). */
export function medianOf(summaries, field) {
  const keys = new Set(summaries.flatMap((s) => Object.keys(s[field])));
  const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  return Object.fromEntries([...keys].map((k) => [k, med(summaries.map((s) => s[field][k] ?? 0))]).sort((a, b) => b[1] - a[1]));
}

const METRIC_NAMES = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
/** Performance.getMetrics as { TaskDuration: ms, … } (the counters are in seconds). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRIC_NAMES.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}
export const metricDelta = (a, b) => Object.fromEntries(METRIC_NAMES.map((k) => [k, (b[k] ?? 0) - (a[k] ?? 0)]));

/** React's own scheduling frames (render, commit, effects plumbing), left out of the by-function list: every tap has them. */
const PLUMBING = /\((react-dom|react|scheduler|use-sync-external-store|@xstate\/react):\d+\)$/;

export function topLines(obj, n, total, { plumbing = true } = {}) {
  return Object.entries(obj)
    .filter(([k]) => plumbing || !PLUMBING.test(k))
    .slice(0, n)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(7)} ms${total ? ` ${((ms / total) * 100).toFixed(0).padStart(3)} %` : ''}  ${k}`)
    .join('\n');
}
