#!/usr/bin/env node
// Bundle size: raw, gzip (level 9) and brotli (quality 11) bytes of what the renderer ships
// (out/renderer: JS, CSS, HTML; the content files in data/ counted apart), against the bare
// React 19 page built the same way in this run, and against the budget recorded in
// bench/bundle-budget.json. The bench fails when a budgeted figure is more than 10 % over it:
// that is a check `npm run bench` always enforces. Record a new budget, with the reason in the
// commit, by running `node bench/bundle-size.mjs --record`.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { APP_OUT, BASELINES_OUT, appMinify, ensureBaselines, requireAppBuild } from './lib/build.mjs';
import { check, exitCode, ROOT, writeResult } from './lib/env.mjs';
import { ratio, table } from './lib/stats.mjs';

const BUDGET_FILE = join(ROOT, 'bench/bundle-budget.json');
const TOLERANCE = 0.1;
const KINDS = { '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html', '.json': 'content' };

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function sizes(buf) {
  return {
    raw: buf.byteLength,
    gzip: gzipSync(buf, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.byteLength } }).byteLength,
  };
}

/** Per kind (js, css, html, content) and per file; source maps and other files are left out. */
function measure(dir) {
  const byKind = {};
  const byFile = [];
  for (const f of files(dir)) {
    const kind = KINDS[extname(f)];
    if (!kind || f.endsWith('stamp.json')) continue;
    const s = sizes(readFileSync(f));
    byFile.push({ file: relative(dir, f), kind, ...s });
    const k = (byKind[kind] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    k.files += 1;
    for (const m of ['raw', 'gzip', 'brotli']) k[m] += s[m];
  }
  const code = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const kind of ['js', 'css', 'html']) for (const m of Object.keys(code)) code[m] += byKind[kind]?.[m] ?? 0;
  return { byKind, code, files: byFile.sort((a, b) => b.raw - a.raw) };
}

requireAppBuild();
await ensureBaselines();
const { minify } = await appMinify();
const app = measure(APP_OUT);
const react = measure(join(BASELINES_OUT, 'react'));

/** What the budget covers: the JS, the CSS, and all code (JS + CSS + HTML), each raw, gzip and brotli. */
const budgeted = { js: app.byKind.js, css: app.byKind.css, code: app.code };
const record = process.argv.includes('--record');
if (record) {
  const budget = {
    note: 'Renderer bundle budget (bytes). bench/bundle-size.mjs fails when a figure is more than 10 % over. Re-record with `node bench/bundle-size.mjs --record` and say why in the commit.',
    recorded: new Date().toISOString().slice(0, 10),
    minify,
    ...Object.fromEntries(Object.entries(budgeted).map(([k, v]) => [k, { raw: v.raw, gzip: v.gzip, brotli: v.brotli }])),
  };
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`recorded ${relative(ROOT, BUDGET_FILE)}`);
}
const budget = existsSync(BUDGET_FILE) ? JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) : null;

const checks = [];
if (budget) {
  for (const [part, now] of Object.entries(budgeted)) {
    for (const m of ['raw', 'gzip', 'brotli']) {
      const limit = Math.round(budget[part][m] * (1 + TOLERANCE));
      checks.push(check(`bundle:${part}:${m}`, { label: `bundle ${part} ${m} ≤ budget + 10 %`, value: now[m], limit, unit: 'B', pass: now[m] <= limit, always: true }));
    }
  }
} else {
  checks.push(check('bundle:budget', { label: `a recorded budget in ${relative(ROOT, BUDGET_FILE)}`, value: null, limit: null, pass: false, always: true }));
}

const result = {
  minify,
  app,
  baseline: { byKind: react.byKind, code: react.code },
  budget,
  ratio: {
    jsRawVsReact: ratio(app.byKind.js.raw, react.byKind.js.raw),
    jsGzipVsReact: ratio(app.byKind.js.gzip, react.byKind.js.gzip),
    jsBrotliVsReact: ratio(app.byKind.js.brotli, react.byKind.js.brotli),
  },
};

const n = (x) => (x == null ? '–' : x.toLocaleString('en-US'));
console.log(`\nbundle size (out/renderer, minify: ${JSON.stringify(minify)}), bytes raw / gzip-9 / brotli-11`);
const rows = [['part', 'files', 'raw', 'gzip', 'brotli', 'budget gzip', '× React JS (gzip)']];
for (const [kind, v] of Object.entries(app.byKind)) {
  rows.push([kind, v.files, n(v.raw), n(v.gzip), n(v.brotli), n(budget?.[kind]?.gzip), kind === 'js' ? `${result.ratio.jsGzipVsReact}×` : '']);
}
rows.push(['code (js+css+html)', app.code.files, n(app.code.raw), n(app.code.gzip), n(app.code.brotli), n(budget?.code?.gzip), '']);
rows.push(['React page JS (baseline)', react.byKind.js.files, n(react.byKind.js.raw), n(react.byKind.js.gzip), n(react.byKind.js.brotli), '', 'baseline']);
console.log(table(rows));
const failed = checks.filter((c) => !c.pass);
console.log(failed.length ? `bundle budget: FAIL\n${failed.map((c) => `  ${c.id}: ${n(c.value)} B > ${n(c.limit)} B`).join('\n')}` : 'bundle budget: PASS (every figure within 10 % of bench/bundle-budget.json)');
writeResult('bundle-size', { result, checks });
process.exitCode = exitCode(checks);
