#!/usr/bin/env node
// Checklist → PDF: page.pdf() with print media on the kiosk's open checklist (what the web
// build prints), against the same call on a one-line page from the same server, in another
// context of the same browser, alternating, after one warm-up each. This is the render step
// alone; bench/print-bench.mjs times the whole Print through the spooler.
//   node bench/pdf-render.mjs   BENCH_PDF_RUNS=10 (BENCH_QUICK=1 → 5)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intEnv, load1, OUT, writeResult } from './lib/env.mjs';
import { launchBrowser, startServers, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { fmtRatio, fmtSummary, ratio, summarize, table } from './lib/stats.mjs';
import { createTapper, tapTimerInPage } from './lib/taps.mjs';
import { walkKiosk } from './lib/visitors.mjs';

const RUNS = intEnv('BENCH_PDF_RUNS', 10, 5);
/** Scenario A of the performance review: a referral check, California, active duty family member, myAuth. */
const SCENARIO = { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' };
const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true };

function pdfPages(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return r.status === 0 ? Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1] ?? NaN) : null;
}
function pdfText(file) {
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}

const urls = await startServers();
const browser = await launchBrowser();
const loads = [load1()];
const times = { checklist: [], oneLine: [] };
const sizes = {};
try {
  const kioskCtx = await browser.newContext(CONTEXT_OPTIONS);
  await kioskCtx.addInitScript(tapTimerInPage);
  const kiosk = await kioskCtx.newPage();
  await kiosk.goto(urls.app);
  const tapper = await createTapper(kiosk);
  await walkKiosk(SCENARIO, (_via, target, expect) => tapper.tap(target, expect), { startOver: false });
  await tapper.detach();
  await kiosk.emulateMedia({ media: 'print' });

  const lineCtx = await browser.newContext(CONTEXT_OPTIONS);
  const line = await lineCtx.newPage();
  await line.goto(urls.oneLine);
  await line.emulateMedia({ media: 'print' });

  const pages = { checklist: kiosk, oneLine: line };
  for (let i = 0; i <= RUNS; i++) {
    for (const name of i % 2 ? ['oneLine', 'checklist'] : ['checklist', 'oneLine']) {
      const t0 = performance.now();
      const pdf = await pages[name].pdf(PDF_OPTIONS);
      const ms = performance.now() - t0;
      if (i > 0) times[name].push(ms);
      sizes[name] = pdf.byteLength;
      if (i === 0) {
        mkdirSync(join(OUT, 'pdf'), { recursive: true });
        writeFileSync(join(OUT, 'pdf', `${name}.pdf`), pdf);
      }
    }
  }
  await Promise.all([kioskCtx.close(), lineCtx.close()]);
} finally {
  await browser.close();
  await urls.close();
}
loads.push(load1());

const file = join(OUT, 'pdf', 'checklist.pdf');
const text = pdfText(file);
if (text !== null && text.replace(/\s+/g, '').length < 200) throw new Error(`the checklist PDF (${file}) has almost no text: the print sheet did not render`);
const stats = { checklist: summarize(times.checklist), oneLine: summarize(times.oneLine) };
const result = {
  runs: RUNS,
  scenario: SCENARIO,
  loadAverage: loads,
  checklist: { ...stats.checklist, bytes: sizes.checklist, pages: pdfPages(file) },
  oneLine: { ...stats.oneLine, bytes: sizes.oneLine, pages: pdfPages(join(OUT, 'pdf', 'oneLine.pdf')) },
  ratio: ratio(stats.checklist.median, stats.oneLine.median),
};
console.log(`\nchecklist → PDF (page.pdf, print media), ${RUNS} runs each after a warm-up, load ${loads.join(' → ')}`);
console.log(
  table([
    ['page', 'ms min / median / p95 / max', 'bytes', 'pages', '× baseline'],
    ['checklist (scenario A)', fmtSummary(stats.checklist), result.checklist.bytes, result.checklist.pages ?? '–', fmtRatio(result.ratio)],
    ['one-line page (baseline)', fmtSummary(stats.oneLine), result.oneLine.bytes, result.oneLine.pages ?? '–', 'baseline'],
  ]),
);
writeResult('pdf-render', { result, checks: [] });
