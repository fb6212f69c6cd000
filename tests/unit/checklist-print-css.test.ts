import { describe, expect, it } from 'vitest';
import { checklistPrintCss, scopeCss } from '../../build/checklist-print-css-plugin';
import { checklistCss } from '../../src/shared/checklist';

describe('checklist-print.css (the browser build\'s copy of the checklist stylesheet)', () => {
  it('is the Letter checklist CSS, print-only, every rule scoped to .print-sheet', () => {
    const css = checklistPrintCss();
    expect(css).toMatch(/^\/\*[^]*?\*\/\n@media print \{\n[^]*\n\}\n$/);
    const rules = css.split('\n').slice(2, -2);
    // One scoped rule per rule of the shared stylesheet: nothing dropped, nothing added.
    expect(rules).toHaveLength(checklistCss('letter').match(/\{/g)!.length);
    for (const rule of rules) {
      const selectors = rule.slice(0, rule.indexOf('{')).split(',').map((s) => s.trim());
      if (selectors[0] === '@page') continue;
      for (const s of selectors) expect(s, rule).toMatch(/^\.print-sheet(\s|$)/);
    }
    expect(css).toContain('.print-sheet .flow { column-count: 2;');
    expect(css).toContain('@page { size: 215.9mm 279.4mm; margin: 7mm; }');
  });

  it('maps html/body to the scope, * to the scope and its contents, and refuses what it cannot scope', () => {
    expect(scopeCss('html { a: b; }\nbody, p { c: d; }\n* { e: f; }', '.s')).toBe('.s { a: b; }\n.s, .s p { c: d; }\n.s, .s * { e: f; }');
    expect(() => scopeCss('@media screen { p { a: b; } }', '.s')).toThrow();
    expect(() => scopeCss('body.x p { a: b; }', '.s')).toThrow();
  });
});
