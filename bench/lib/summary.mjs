// The headline figures of a run (bench/results.json), each next to its baseline from the same
// run: printed at the end of `npm run bench`, and as Markdown for the README's Bench section
// (`node bench/summary.mjs --readme` rewrites that section).

const f0 = (x) => (x == null ? '–' : `${Math.round(x)}`);
const f1 = (x) => (x == null ? '–' : x.toFixed(1));
const rx = (x) => (x == null ? '–' : `${x.toFixed(2)}×`);
const kb = (b) => (b == null ? '–' : `${(b / 1000).toFixed(1)} kB`);
const status = (c) => (!c ? '' : c.pass ? 'PASS' : c.enforced ? 'FAIL' : 'FAIL (not enforced)');

/** Rows: [measurement, kiosk, baseline (same run), ratio, target, status]. */
export function headline(results) {
  const b = results.benches ?? {};
  const checks = results.checks ?? [];
  const byId = (id) => checks.find((c) => c.id === id);
  const rows = [];
  const tap = b['tap-latency']?.result;
  if (tap) {
    const worst = [...tap.transitions].sort((x, y) => y.downToRaf.p95 - x.downToRaf.p95)[0];
    const within = tap.transitions.filter((t) => t.withinFrameAtP95).length;
    const checklist = tap.transitions.find((t) => t.transition === 'review→checklist');
    rows.push([`Tap → next frame, all ${tap.taps} taps, p50 / p95 ms`, `${f1(tap.overall.downToRaf.median)} / ${f1(tap.overall.downToRaf.p95)}`, `${f1(tap.baseline.downToRaf.median)} / ${f1(tap.baseline.downToRaf.p95)} (React page)`, `${rx(tap.ratio.median)} / ${rx(tap.ratio.p95)}`, '', '']);
    if (checklist) rows.push([`Tap review → checklist (n ${checklist.n}), p50 / p95 ms`, `${f1(checklist.downToRaf.median)} / ${f1(checklist.downToRaf.p95)}`, `${f1(tap.baseline.downToRaf.median)} / ${f1(tap.baseline.downToRaf.p95)}`, `${rx(checklist.ratioMedian)} / ${rx(checklist.ratioP95)}`, 'p95 ≤ 16.7 ms', status(byId('tap:review→checklist'))]);
    rows.push([`Transitions within one frame at p95`, `${within} of ${tap.transitions.length} (worst: ${worst.transition} ${f1(worst.downToRaf.p95)} ms)`, '', '', 'all', status({ pass: within === tap.transitions.length, enforced: checks.some((c) => c.id.startsWith('tap:') && c.enforced) })]);
  }
  const cold = b['cold-start']?.result;
  if (cold) {
    const t = cold.targets;
    rows.push([`Cold start → interactive attract (median ms)`, f0(t.app.interactive.median), `${f0(t.react.interactive.median)} React, ${f0(t.static.interactive.median)} static`, `${rx(cold.ratio.interactiveVsReact)} React, ${rx(cold.ratio.interactiveVsStatic)} static`, '≤ 2× React', status(byId('cold-start:vs-react'))]);
  }
  const pdf = b['pdf-render']?.result;
  if (pdf) rows.push([`Checklist → PDF, page.pdf (median ms)`, f1(pdf.checklist.median), `${f1(pdf.oneLine.median)} one-line page`, rx(pdf.ratio), '', '']);
  const print = b.print?.result;
  if (print) {
    const m = (id) => print.measurements.find((x) => x.id === id);
    rows.push([`Print → job completed, PDF rendered ahead (median ms)`, f0(m('end-to-end-prepared').median), `${f0(m('lp-tiny').median)} lp tiny PDF`, rx(print.ratio), '≤ 1.2× lp', status(byId('print:end-to-end'))]);
  } else if (b.print?.skipped) rows.push(['Print → job completed', `skipped: ${b.print.skipped}`, '', '', '≤ 1.2× lp', '']);
  const soak = b.soak?.result;
  if (soak) {
    const g = soak.app.growth;
    rows.push([`Soak: heap after GC, visitors ${g.steadyFrom}→${g.steadyTo} (B/visitor)`, `${f0(g.bytesPerVisitor)} (${kb(soak.app.points[1].heapUsed)} → ${kb(soak.app.points.at(-1).heapUsed)})`, `${f0(soak.baseline.growth.bytesPerVisitor)} React page`, `+${f0(soak.excessBytesPerVisitor)} B/visitor`, 'excess < 1024', status(byId('soak:heap-flat'))]);
    rows.push([`Soak: console messages after the first ${soak.every} of ${soak.visitors} visitors`, `${soak.app.messagesAfterWarmup}`, `${soak.baseline.messages} (whole soak)`, '', '0', status(byId('soak:no-console'))]);
  }
  const bundle = b['bundle-size']?.result;
  if (bundle) {
    const js = bundle.app.byKind.js;
    const base = bundle.baseline.byKind.js;
    const fails = checks.filter((c) => c.id.startsWith('bundle:') && !c.pass).length;
    rows.push([`Renderer JS raw / gzip (minify: ${bundle.minify})`, `${kb(js.raw)} / ${kb(js.gzip)}`, `${kb(base.raw)} / ${kb(base.gzip)} React page`, `${rx(bundle.ratio.jsRawVsReact)} / ${rx(bundle.ratio.jsGzipVsReact)}`, bundle.budget ? `≤ ${kb(bundle.budget.js.gzip * 1.1)} gzip` : 'no budget', status({ pass: fails === 0, enforced: true })]);
  }
  const plan = b.plan?.result;
  if (plan) rows.push(['buildPlan per visitor, p50 / p99 ms', `${plan.buildPlan.p50} / ${plan.buildPlan.p99}`, `${plan.structuredClone.p50} / ${plan.structuredClone.p99} structuredClone`, rx(plan.buildPlanRatio), 'p99 < 16 ms', status(byId('plan:p99'))]);
  return rows;
}

export function machineLine(results) {
  const m = results.machine ?? {};
  const load = results.loadAverage ? `, load average ${results.loadAverage.min}–${results.loadAverage.max} during the run` : '';
  return `${m.date?.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit?.slice(0, 7)}${m.dirty ? ' (with uncommitted changes)' : ''}, ${m.cpu} × ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}${load}${results.quick ? ', QUICK run (fewer samples)' : ''}`;
}

export function markdown(results) {
  const rows = headline(results);
  const head = ['measurement', 'kiosk', 'baseline (same run)', 'ratio', 'target', ''];
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [
    `Latest run: ${machineLine(results)}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
