import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Process boundaries, checked on the source (Signal-Desktop's rule, simplified to folders):
 * src/shared is pure TypeScript, the renderer never touches Electron or Node, the preload
 * imports nothing but electron and shared contracts. Type-only imports are allowed anywhere.
 */
const root = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Module specifiers of value (non-type) imports and requires. */
function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^'"]*?from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    const clause = m[2] ?? '';
    // `import { type A, type B } from` is type-only too.
    if (/^\{\s*(type\s+\w+\s*,?\s*)+\}\s*from\s*$/.test(clause.trim())) continue;
    out.push(m[3]!);
  }
  for (const m of source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const rules: { dir: string; banned: RegExp; why: string }[] = [
  { dir: 'src/shared', banned: /^(electron|node:|fs$|path$|os$|child_process$|react|react-dom)/, why: 'shared code must run anywhere' },
  { dir: 'src/renderer', banned: /^(electron|node:|fs$|path$|os$|child_process$)/, why: 'the page has no Node and no Electron' },
  { dir: 'src/main', banned: /^(react|react-dom)/, why: 'main stays thin' },
];

describe('process boundaries', () => {
  for (const rule of rules) {
    it(`${rule.dir}: no value imports matching ${rule.banned} (${rule.why})`, () => {
      const offenders = files(join(root, rule.dir)).flatMap((f) =>
        valueImports(readFileSync(f, 'utf8'))
          .filter((spec) => rule.banned.test(spec))
          .map((spec) => `${relative(root, f)} imports ${spec}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('the preload imports only electron and shared contracts', () => {
    const offenders = files(join(root, 'src/preload')).flatMap((f) =>
      valueImports(readFileSync(f, 'utf8'))
        .filter((spec) => spec !== 'electron' && !spec.startsWith('../shared/'))
        .map((spec) => `${relative(root, f)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the checker itself sees value imports and ignores type-only ones', () => {
    expect(valueImports(`import { app } from 'electron';\nimport type { X } from 'node:fs';\nimport { type A } from 'react';`)).toEqual(['electron']);
  });
});
