import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every QR code on a printed page, read the way a phone camera would from paper: the PDF
 * rasterized at `dpi` (200 dpi is about a receipt printer's 203), then zbarimg over the whole
 * page. zbarimg's raw binary output (-Sbinary: the exact UTF-8 bytes, no charset guessing) runs
 * the codes together one after another; `sameCodes` checks that against the codes the page
 * should hold, in any order, and the symbol count from its XML output.
 */
export function pageQrRaw(pdf: string, dpi = 200): { raw: string; count: number } {
  const dir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'qrpage-'));
  try {
    const png = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', pdf, png]);
    const run = (args: string[]) => {
      try {
        return execFileSync('zbarimg', [...args, '-q', `${png}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch (e) {
        // zbarimg exits 4 when it finds no code at all.
        return (e as { stdout?: string }).stdout ?? '';
      }
    };
    const xml = run(['--xml']);
    const raw = run(['-Sbinary', '--raw']);
    return { raw, count: (xml.match(/<symbol /g) ?? []).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's codes are exactly `expected` (each once, in any order). */
export function sameCodes(found: { raw: string; count: number }, expected: string[]): boolean {
  if (found.count !== expected.length) return false;
  const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  return perms(expected).some((order) => order.join('') === found.raw || order.map((t) => `${t}\n`).join('') === found.raw);
}
