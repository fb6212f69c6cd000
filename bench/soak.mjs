#!/usr/bin/env node
// Soak: visitors through the real UI, one after another with no pause, each answering every
// question, reaching the checklist and tapping Start over; the same harness drives the bare
// React page with the same number of taps per "visitor", in alternating blocks. At the start
// and after every block: the JS heap after garbage collection (HeapProfiler.collectGarbage
// twice, then Runtime.getHeapUsage), the DOM counters (Memory.getDOMCounters), and every
// console message, log entry, uncaught exception and CSP violation the page produced.
// Flat (issue 14): from the first block on (warm-up: JIT code, caches, lazily built data),
// the heap's least-squares growth per visitor exceeds the baseline page's by less than
// FLAT_EXCESS_BYTES_PER_VISITOR, and nothing is logged once the first block is done.
//   node bench/soak.mjs   BENCH_SOAK_VISITORS=1000 BENCH_SOAK_EVERY=100 (BENCH_QUICK=1 → 200 / 50)
import { check, exitCode, intEnv, load1, writeResult } from './lib/env.mjs';
import { launchBrowser, startServers, CONTEXT_OPTIONS } from './lib/pages.mjs';
import { ratio, slope, summarize, table, fmtSummary } from './lib/stats.mjs';
import { createTapper, tapTimerInPage } from './lib/taps.mjs';
import { makeVisitors, tapsOf, transitionName, walkBaseline, walkKiosk } from './lib/visitors.mjs';

const VISITORS = intEnv('BENCH_SOAK_VISITORS', 1000, 200);
const EVERY = intEnv('BENCH_SOAK_EVERY', 100, 50);
/** A leak worth finding retains at least a plan or a screen per visitor; both are several KB. */
const FLAT_EXCESS_BYTES_PER_VISITOR = 1024;
if (EVERY < 1 || VISITORS < 2 * EVERY) throw new Error('BENCH_SOAK_VISITORS must be at least twice BENCH_SOAK_EVERY');

function securityViolationsInPage() {
  window.__benchCsp = 0;
  document.addEventListener('securitypolicyviolation', () => (window.__benchCsp += 1));
}

async function openSoakPage(browser, url) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(tapTimerInPage);
  await context.addInitScript(securityViolationsInPage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const messages = [];
  const note = (kind, text) => messages.push({ kind, text: String(text).slice(0, 300) });
  cdp.on('Runtime.consoleAPICalled', (e) => note(`console.${e.type}`, e.args.map((a) => a.value ?? a.description ?? '').join(' ')));
  cdp.on('Runtime.exceptionThrown', (e) => note('exception', e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  cdp.on('Log.entryAdded', (e) => note(`log.${e.entry.level}`, `${e.entry.source}: ${e.entry.text}`));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await page.goto(url);
  await page.getByRole('button', { name: /^Tap to start/ }).first().waitFor({ state: 'visible' });
  const tapper = await createTapper(page);
  return {
    page,
    tapper,
    messages,
    async measure(visitors) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const csp = await page.evaluate(() => window.__benchCsp);
      return { visitors, heapUsed: heap.usedSize, heapTotal: heap.totalSize, documents: dom.documents, nodes: dom.nodes, listeners: dom.jsEventListeners, messages: messages.length, cspViolations: csp, load: load1() };
    },
    close: () => context.close(),
  };
}

const urls = await startServers();
const browser = await launchBrowser();
const visitors = makeVisitors(VISITORS);
const runs = { app: { points: [], taps: [], ms: 0 }, react: { points: [], taps: [], ms: 0 } };
let kiosk;
let base;
try {
  kiosk = await openSoakPage(browser, urls.app);
  base = await openSoakPage(browser, urls.react);
  runs.app.points.push(await kiosk.measure(0));
  runs.react.points.push(await base.measure(0));
  for (let from = 0; from < VISITORS; from += EVERY) {
    const block = visitors.slice(from, from + EVERY);
    let t0 = performance.now();
    for (const v of block) {
      await walkKiosk(v, async (via, target, expect) => {
        const s = await kiosk.tapper.tap(target, expect);
        runs.app.taps.push({ transition: transitionName(s, via), downToRaf: s.downToRaf });
        return s;
      });
    }
    runs.app.ms += performance.now() - t0;
    runs.app.points.push(await kiosk.measure(from + block.length));
    t0 = performance.now();
    for (const v of block) {
      await walkBaseline(tapsOf(v), async (_via, target, expect) => {
        const s = await base.tapper.tap(target, expect);
        runs.react.taps.push({ downToRaf: s.downToRaf });
        return s;
      });
    }
    runs.react.ms += performance.now() - t0;
    runs.react.points.push(await base.measure(from + block.length));
    const a = runs.app.points.at(-1);
    console.log(`  ${String(a.visitors).padStart(5)} visitors: heap ${(a.heapUsed / 1e6).toFixed(3)} MB (baseline ${(runs.react.points.at(-1).heapUsed / 1e6).toFixed(3)} MB), nodes ${a.nodes}, messages ${a.messages}, load ${a.load}`);
  }
} finally {
  await kiosk?.tapper.detach();
  await base?.tapper.detach();
  await browser.close();
  await urls.close();
}

function growth(points) {
  const steady = points.filter((p) => p.visitors >= EVERY);
  const first = steady[0];
  const last = steady.at(-1);
  const perVisitor = slope(steady.map((p) => p.visitors), steady.map((p) => p.heapUsed));
  return {
    warmupBytes: first.heapUsed - points[0].heapUsed,
    steadyBytes: last.heapUsed - first.heapUsed,
    steadyFrom: first.visitors,
    steadyTo: last.visitors,
    bytesPerVisitor: perVisitor === null ? null : Math.round(perVisitor),
    lastBlocksBytes: last.heapUsed - steady[Math.max(0, steady.length - 4)].heapUsed,
  };
}
const appGrowth = growth(runs.app.points);
const baseGrowth = growth(runs.react.points);
const excess = appGrowth.bytesPerVisitor - baseGrowth.bytesPerVisitor;
const steadyMessages = runs.app.messages = kiosk.messages.length - runs.app.points[1].messages;
const distinct = [...new Map(kiosk.messages.map((m) => [`${m.kind} ${m.text}`, m])).values()].slice(0, 5);
const checklistTaps = runs.app.taps.filter((t) => t.transition === 'review→checklist').map((t) => t.downToRaf);
const result = {
  visitors: VISITORS,
  every: EVERY,
  app: {
    points: runs.app.points,
    growth: appGrowth,
    visitorsPerSecond: Math.round((VISITORS / (runs.app.ms / 1000)) * 100) / 100,
    messages: kiosk.messages.length,
    messagesAfterWarmup: steadyMessages,
    messagesPerVisitor: Math.round((kiosk.messages.length / VISITORS) * 100) / 100,
    firstMessages: distinct,
    taps: summarize(runs.app.taps.map((t) => t.downToRaf)),
    checklistTaps: summarize(checklistTaps),
  },
  baseline: {
    points: runs.react.points,
    growth: baseGrowth,
    visitorsPerSecond: Math.round((VISITORS / (runs.react.ms / 1000)) * 100) / 100,
    messages: base.messages.length,
    taps: summarize(runs.react.taps.map((t) => t.downToRaf)),
  },
  excessBytesPerVisitor: excess,
  heapRatioAtEnd: ratio(runs.app.points.at(-1).heapUsed, runs.react.points.at(-1).heapUsed),
};

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
console.log(`\nsoak: ${VISITORS} visitors, heap after GC every ${EVERY}`);
console.log(
  table([
    ['page', 'heap at 0', `at ${EVERY}`, `at ${VISITORS}`, `growth ${EVERY}→${VISITORS}`, 'B/visitor (fit)', 'DOM nodes', 'messages', 'visitors/s'],
    ...[['app', result.app, kiosk.messages.length], ['react baseline', result.baseline, base.messages.length]].map(([name, r, m]) => [
      name,
      kb(r.points[0].heapUsed),
      kb(r.points[1].heapUsed),
      kb(r.points.at(-1).heapUsed),
      kb(r.growth.steadyBytes),
      r.growth.bytesPerVisitor,
      `${Math.min(...r.points.map((p) => p.nodes))}–${Math.max(...r.points.map((p) => p.nodes))}`,
      m,
      r.visitorsPerSecond,
    ]),
  ]),
);
console.log(`taps during the soak (no pacing), pointerdown → frame ms: app ${fmtSummary(result.app.taps)}, review→checklist ${fmtSummary(result.app.checklistTaps)}, baseline ${fmtSummary(result.baseline.taps)}`);
if (distinct.length) console.log(`messages logged by the app (first distinct): ${distinct.map((m) => `\n  [${m.kind}] ${m.text}`).join('')}`);

const checks = [
  check('soak:heap-flat', {
    label: `soak: heap growth ${EVERY}→${VISITORS} visitors exceeds the baseline's by < ${FLAT_EXCESS_BYTES_PER_VISITOR} B/visitor`,
    value: excess,
    limit: FLAT_EXCESS_BYTES_PER_VISITOR,
    unit: 'B/visitor',
    pass: excess < FLAT_EXCESS_BYTES_PER_VISITOR,
  }),
  check('soak:no-console', {
    label: `soak: no console message after the first ${EVERY} visitors`,
    value: steadyMessages,
    limit: 0,
    unit: 'messages',
    pass: steadyMessages === 0,
  }),
];
for (const c of checks) console.log(`${c.label}: ${c.value} ${c.pass ? 'PASS' : 'FAIL'}`);
writeResult('soak', { result, checks });
process.exitCode = exitCode(checks);
