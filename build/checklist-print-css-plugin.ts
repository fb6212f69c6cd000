import type { Plugin } from 'vite';
import { checklistCss } from '../src/shared/checklist/css';

export const CHECKLIST_PRINT_CSS = 'checklist-print.css';

/**
 * The browser build prints the checklist document's body (PrintSheet, in .print-sheet), but
 * the page's CSP (style-src 'self') blocks that document's inline <style>. So its stylesheet,
 * from the same checklistCss() that Electron's document uses, is served as a file instead:
 * generated at build time next to index.html (and served in dev), linked from index.html.
 * Nothing is copied by hand, so the printed layout cannot drift from the Electron one.
 */
export function checklistPrintCssPlugin(): Plugin {
  const source = () => checklistPrintCss();
  return {
    name: 'kiosk-checklist-print-css',
    configureServer(server) {
      server.middlewares.use(`/${CHECKLIST_PRINT_CSS}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/css; charset=utf-8');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CHECKLIST_PRINT_CSS, source: source() });
    },
  };
}

/** The Letter checklist stylesheet, applied only when printing and only inside .print-sheet. */
export function checklistPrintCss(): string {
  return `/* Generated from checklistCss('letter') in src/shared/checklist/css.ts by build/checklist-print-css-plugin.ts. Do not edit. */
@media print {
${scopeCss(checklistCss('letter'), '.print-sheet')}
}
`;
}

/**
 * Scopes a flat stylesheet (rules `selector { declarations }`, no nesting) to one element:
 * `html` and `body` become the scope itself, `*` the scope and everything in it, any other
 * selector matches only inside it, so the checklist's h1/p/header/.portal rules cannot touch
 * the kiosk's own elements. At-rules without nested rules (@page) are kept as they are.
 * Throws on anything else, so a change to the checklist CSS that this cannot scope fails the
 * build instead of leaking.
 */
export function scopeCss(css: string, scope: string): string {
  const rules: string[] = [];
  const rest = css.replace(/([^{}]+)\{([^{}]*)\}/g, (_m, selector: string, body: string) => {
    const sel = selector.trim();
    const decls = body.trim();
    if (sel.startsWith('@')) {
      if (sel !== '@page') throw new Error(`scopeCss: unsupported at-rule ${sel}`);
      rules.push(`${sel} { ${decls} }`);
      return '';
    }
    const scoped = sel.split(',').flatMap((part) => {
      const s = part.trim();
      if (s === '') throw new Error(`scopeCss: empty selector in "${sel}"`);
      if (s === 'html' || s === 'body') return [scope];
      if (s === '*') return [scope, `${scope} *`];
      if (/^(html|body)\b/.test(s)) throw new Error(`scopeCss: cannot scope "${s}"`);
      return [`${scope} ${s}`];
    });
    rules.push(`${[...new Set(scoped)].join(', ')} { ${decls} }`);
    return '';
  });
  if (rest.trim() !== '') throw new Error(`scopeCss: could not parse "${rest.trim().slice(0, 80)}"`);
  return rules.join('\n');
}
