#!/usr/bin/env node
// Plan bench: the work a visitor waits for between the last answer and the checklist, and
// the startup cost of validating data/. Each number is shown next to a baseline measured in
// the same run on the same data, so a slower machine does not look like a regression:
//   - startup: parseContent (zod + cross-references) vs. JSON.parse of the same files
//   - buildPlan per visitor vs. structuredClone of the plan it returns (the cost of merely
//     copying an answer of that size)
// Run: `node bench/plan-bench.mjs` (Node 24). Exits 1 if buildPlan's p99 exceeds one frame
// (16 ms) — the checklist must appear with the tap that asks for it.
import './lib/ts-loader.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, exitCode, ROOT as root, writeResult } from './lib/env.mjs';

const { CONTENT_FILES, parseContent } = await import('../src/shared/content/load.ts');
const { buildPlan } = await import('../src/shared/plan/index.ts');

const texts = Object.fromEntries(CONTENT_FILES.map((f) => [f, readFileSync(join(root, 'data', f), 'utf8')]));

function timeIt(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: q(0.5), p99: q(0.99), max: samples[samples.length - 1] };
}
const ms = (x) => `${x.toFixed(3)} ms`;

// Startup.
const parseOnly = timeIt(() => Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, JSON.parse(t)])), 30);
const validate = timeIt(() => parseContent(Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, JSON.parse(t)]))), 30);
const loaded = parseContent(Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, JSON.parse(t)])));
if (!loaded.ok) throw new Error('data/ does not validate');
const content = loaded.value;

// Visitors: a deterministic spread over every task, place, person and sign-in.
const places = [
  ...content.regions.states.map((s) => ({ kind: 'state', code: s.code })),
  ...content.regions.territories.map((t) => ({ kind: 'territory', code: t.code })),
  ...content.regions.overseasAreas.map((a) => ({ kind: 'overseas', area: a.id })),
  { kind: 'unsure' },
];
const visitors = [];
for (const task of content.tasks)
  for (const beneficiary of content.beneficiaries)
    for (const credential of content.credentials) {
      const i = visitors.length;
      const region = places[i % places.length];
      const destination = task.askDestination ? places[(i * 7 + 3) % places.length] : undefined;
      visitors.push({ task: task.id, region, beneficiary: beneficiary.id, credential: credential.id, ...(destination ? { destination } : {}) });
    }
const plans = visitors.map((v) => buildPlan(v, content)); // warm-up, and the baseline's input
const plan = timeIt((i) => buildPlan(visitors[i % visitors.length], content), visitors.length * 3);
const copy = timeIt((i) => structuredClone(plans[i % plans.length]), visitors.length * 3);

console.log(`plan bench (${visitors.length} visitors × 3, Node ${process.version})`);
console.log(`  startup  JSON.parse only  p50 ${ms(parseOnly.p50)}   validate+refs p50 ${ms(validate.p50)}   ratio ${(validate.p50 / parseOnly.p50).toFixed(1)}×`);
console.log(`  per plan structuredClone  p50 ${ms(copy.p50)}   buildPlan p50 ${ms(plan.p50)} p99 ${ms(plan.p99)} max ${ms(plan.max)}   ratio ${(plan.p50 / copy.p50).toFixed(1)}×`);
const ok = plan.p99 < 16;
console.log(`  budget   buildPlan p99 < 16 ms: ${ok ? 'PASS' : 'FAIL'}`);
const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
const checks = [check('plan:p99', { label: 'buildPlan p99 < 16 ms', value: round(plan).p99, limit: 16, unit: 'ms', pass: ok, always: true })];
writeResult('plan', {
  result: {
    visitors: visitors.length,
    parseOnly: round(parseOnly),
    validate: round(validate),
    validateRatio: Math.round((validate.p50 / parseOnly.p50) * 100) / 100,
    buildPlan: round(plan),
    structuredClone: round(copy),
    buildPlanRatio: Math.round((plan.p50 / copy.p50) * 100) / 100,
  },
  checks,
});
process.exitCode = exitCode(checks);
