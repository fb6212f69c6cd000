#!/usr/bin/env node
// Prints the headline table of bench/results.json as Markdown; with --readme, writes it into
// README.md between the <!-- bench:start --> and <!-- bench:end --> markers.
//   node bench/summary.mjs [results.json] [--readme]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/env.mjs';
import { markdown } from './lib/summary.mjs';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(ROOT, 'bench/results.json');
const md = markdown(JSON.parse(readFileSync(file, 'utf8')));
if (process.argv.includes('--readme')) {
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!re.test(text)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section');
  writeFileSync(readme, text.replace(re, `$1${md}$2`));
  console.log('README.md Bench section updated');
} else {
  console.log(md);
}
