// Electronegativity over src/ and out/ (the built bundles), failing on any finding that is not
// in .ci/electronegativity-allow.json. The tool runs on the machine's Node 20 (/usr/bin/node, or
// $ELECTRONEGATIVITY_NODE): on Node 24 it writes its CSV and then exits 1 with an onCancel
// error, and on Node 20 it exits 0 whatever it finds, so its SARIF report is read here. Installed
// apart from the app with `npm ci --prefix .ci/electronegativity`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, '.ci/electronegativity/node_modules/@doyensec/electronegativity/dist/index.js');
const node = process.env.ELECTRONEGATIVITY_NODE ?? '/usr/bin/node';
const ELECTRON = '45.4.1'; // the newest release the tool's rules know; package.json pins electron 45.5
const fail = (msg) => {
  console.error(`electronegativity: ${msg}`);
  process.exit(1);
};
if (!existsSync(tool)) fail(`not installed: run npm ci --prefix .ci/electronegativity (${tool} is missing)`);
if (!existsSync(node)) fail(`${node} not found: the tool needs a Node older than 24 (set ELECTRONEGATIVITY_NODE)`);

const allow = JSON.parse(readFileSync(join(root, '.ci/electronegativity-allow.json'), 'utf8')).allow;
for (const a of allow) {
  const test = join(root, a.pinnedBy.file);
  if (!existsSync(test) || !readFileSync(test, 'utf8').includes(a.pinnedBy.test)) {
    fail(`allow-list entry ${a.check} (${a.files.join(', ')}) is pinned by "${a.pinnedBy.test}" in ${a.pinnedBy.file}, which no longer exists`);
  }
}

const outDir = join(root, '.tmp/electronegativity');
mkdirSync(outDir, { recursive: true });
const findings = [];
for (const input of ['src', 'out']) {
  if (!existsSync(join(root, input))) fail(`${input}/ is missing (build first: npx electron-vite build)`);
  // SARIF, not CSV: the tool's CSV writer sometimes interleaves its rows (seen on out/).
  const report = join(outDir, `${input}.sarif`);
  const run = spawnSync(node, [tool, '-i', input, '-o', report, '-r', '-v', 'false', '-e', ELECTRON], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (!existsSync(report)) fail(`no report for ${input}/ (exit ${run.status}): ${run.stderr || run.stdout}`);
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(report, 'utf8'));
  } catch (e) {
    fail(`unreadable report ${report}: ${e.message}`);
  }
  for (const r of sarif.runs?.[0]?.results ?? []) {
    const loc = r.locations?.[0]?.physicalLocation;
    findings.push({
      input,
      check: r.ruleId,
      severity: r.level,
      file: loc?.artifactLocation?.uri ?? '?',
      location: `${loc?.region?.startLine ?? '?'}:${loc?.region?.startColumn ?? '?'}`,
      description: r.message?.text ?? '',
    });
  }
}

let unexpected = 0;
for (const f of findings) {
  const entry = allow.find((a) => a.check === f.check && a.files.includes(f.file) && (!a.description || a.description === f.description));
  const where = `${f.input}/${f.file}:${f.location}`;
  if (entry) console.log(`  allowed  ${f.check} ${f.severity} ${where} — ${entry.reason.split('. ')[0]} (pinned by ${entry.pinnedBy.file})`);
  else {
    unexpected += 1;
    console.log(`  FINDING  ${f.check} ${f.severity} ${where}: ${f.description}`);
  }
}
const unused = allow.filter((a) => !findings.some((f) => f.check === a.check && a.files.includes(f.file)));
for (const a of unused) console.log(`  note: allow-list entry ${a.check} (${a.files.join(', ')}) matched nothing this run`);
console.log(`electronegativity: ${findings.length} findings in src/ and out/, ${findings.length - unexpected} allowed, ${unexpected} not allowed`);
process.exit(unexpected > 0 ? 1 : 0);
