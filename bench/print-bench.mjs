#!/usr/bin/env node
// Print bench: how long from Print to "job completed" through the real spooler, against a
// baseline measured in the same run on the same cupsd (lp of a tiny PDF, polled tightly), and
// how long rendering the checklist to PDF takes. Needs Node 24 (type stripping), Chromium and
// a running cupsd with the KioskPDF queue (.ci/cups.sh). Run: `npm run bench` (RUNS=10).
import './ts-loader.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 10);

const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
const { cupsUnavailable, removePrintedPdfs, QUEUE } = await import('../tests/integration/cups.ts');
const why = cupsUnavailable();
if (why) {
  console.log(`print bench skipped: ${why}`);
  process.exit(process.env.CI ? 1 : 0);
}

const { loadContentDir } = await import('../src/main/content-files.ts');
const { buildPlan } = await import('../src/shared/plan/index.ts');
const { renderChecklistHtml } = await import('../src/shared/checklist/index.ts');
const { createCupsPrinter } = await import('../src/main/printer/printer.ts');
const { printChecklist } = await import('../src/main/printer/print-checklist.ts');
const { createPlaywrightPdfRenderer } = await import('../tests/support/playwright-pdf.ts');

const loaded = loadContentDir(join(root, 'data'));
if (!loaded.ok) throw new Error(`data/ does not load: ${JSON.stringify(loaded.error.slice(0, 3))}`);
const content = loaded.value;
const answers = { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' };
const paper = process.env.PAPER ?? 'letter';
const renderer = createPlaywrightPdfRenderer();

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
async function measure(label, fn) {
  await fn(); // warm-up, not counted
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await fn());
  return { label, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** Jobs this run printed, so their PDFs can be removed from cups-pdf's folder at the end. */
const jobIds = [];

/** Baseline: lp, then lpstat every 50 ms until the job is in the completed list. */
async function lpAndWait(pdf) {
  const t0 = process.hrtime.bigint();
  const out = await new Promise((resolve, reject) => {
    const child = spawn('lp', ['-d', QUEUE, '-t', 'bench', '--', '-'], { env });
    let stdout = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`lp exited ${code}`))));
    child.stdin.end(pdf);
  });
  const jobId = new RegExp(`${QUEUE}-\\d+`).exec(out)?.[0];
  if (!jobId) throw new Error(`no job id in ${out}`);
  jobIds.push(jobId);
  for (;;) {
    const done = spawnSync('lpstat', ['-W', 'completed', '-o', QUEUE], { env, encoding: 'utf8' }).stdout;
    if (done.split('\n').some((l) => l.startsWith(`${jobId} `))) return ms(t0);
    await new Promise((r) => setTimeout(r, 50));
  }
}

spawnSync('cupsenable', [QUEUE]);
spawnSync('cupsaccept', [QUEUE]);
const printer = createCupsPrinter({ queue: QUEUE, timeoutMs: 30_000 });
const plan = buildPlan(answers, content);
const html = renderChecklistHtml(plan, { lang: 'en', paper, text: content.printText, printedAt: new Date() });
const checklistPdf = await renderer.render(html, paper);
const tinyPdf = await renderer.render('<!doctype html><meta charset="utf-8"><p>x</p>', 'letter');

const results = [];
results.push(
  await measure('render: Plan → HTML → PDF (Chromium)', async () => {
    const t0 = process.hrtime.bigint();
    const p = buildPlan(answers, content);
    await renderer.render(renderChecklistHtml(p, { lang: 'en', paper, text: content.printText, printedAt: new Date() }), paper);
    return ms(t0);
  }),
);
results.push(await measure(`baseline: lp tiny PDF (${tinyPdf.byteLength} B) → completed, 50 ms polls`, () => lpAndWait(tinyPdf)));
results.push(await measure(`lp checklist PDF (${checklistPdf.byteLength} B) → completed, 50 ms polls`, () => lpAndWait(checklistPdf)));
results.push(
  await measure('printer.print(checklist PDF): check, lp, 500 ms polls', async () => {
    const t0 = process.hrtime.bigint();
    const r = await printer.print(checklistPdf, { title: 'bench', paper });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    jobIds.push(r.value.jobId);
    return ms(t0);
  }),
);
const fastPolling = createCupsPrinter({ queue: QUEUE, timeoutMs: 30_000, pollMs: 100 });
results.push(
  await measure('printer.print(checklist PDF) with 100 ms polls (for comparison)', async () => {
    const t0 = process.hrtime.bigint();
    const r = await fastPolling.print(checklistPdf, { title: 'bench', paper });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    jobIds.push(r.value.jobId);
    return ms(t0);
  }),
);
results.push(
  await measure('Print → job completed (printChecklist, end to end)', async () => {
    const t0 = process.hrtime.bigint();
    const r = await printChecklist(
      { answers, lang: 'en' },
      { content, renderer, printer, settings: { paper }, log: (l, m) => console.error(l, m), now: () => new Date() },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    jobIds.push(r.value.jobId);
    return ms(t0);
  }),
);
await renderer.close();

removePrintedPdfs(jobIds);

const base = results[1].median;
console.log(`\nprint bench: scenario A, ${paper}, queue ${QUEUE}, ${RUNS} runs each after a warm-up (Node ${process.version})`);
for (const r of results) {
  const vs = r === results[1] ? 'baseline' : `${(r.median / base).toFixed(1)}× baseline`;
  console.log(`  ${r.label.padEnd(62)} median ${r.median.toFixed(0).padStart(5)} ms  [${r.min.toFixed(0)}–${r.max.toFixed(0)}]  ${vs}`);
}
