// npm run validate-content [dir]: checks a content folder with the kiosk's own loader
// (src/main/content-files.ts → src/shared/content/load.ts) and prints every problem by file,
// item and field. Exit code 0 when the kiosk would accept the folder, 1 when it would show
// "out of service", 2 when the folder cannot be read at all. Also warns about facts due for
// review (those still show on the kiosk).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

await import('../bench/lib/ts-loader.mjs'); // lets Node import the project's TypeScript
const { loadContentDir } = await import('../src/main/content-files.ts');
const { checkFreshness, countFacts } = await import('../src/shared/content/freshness.ts');

const dir = resolve(process.argv[2] ?? 'data');
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`validate-content: ${dir} is not a folder`);
  process.exit(2);
}
const result = loadContentDir(dir);
if (!result.ok) {
  const byFile = new Map();
  for (const e of result.error) {
    if (!byFile.has(e.file)) byFile.set(e.file, []);
    byFile.get(e.file).push(e);
  }
  console.log(`${dir}: REFUSED — the kiosk would show "out of service" (${result.error.length} problem${result.error.length === 1 ? '' : 's'})`);
  for (const [file, errors] of byFile) {
    console.log(`\n  ${file}`);
    for (const e of errors) console.log(`    ${e.item ? `${e.item} › ` : ''}${e.field || '(file)'}: ${e.message}`);
  }
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const stale = checkFreshness(result.value, today);
console.log(`${dir}: OK — ${countFacts(result.value)} facts in ${result.value.tasks.length} tasks, ${result.value.portals.length} portals`);
for (const e of stale) console.log(`  review due: ${e.file}${e.item ? ` › ${e.item}` : ''} › ${e.field}: ${e.message}`);
process.exit(0);
