import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Reads a QR code off a printed page the way a phone would: the page rasterized at `dpi`
 * (200 dpi is about a receipt printer's 203 dpi), cropped to a box given in points.
 */
export function scanQr(pdf: string, box: { x: number; y: number; w: number; h: number }, dpi = 200): string | undefined {
  const px = (pt: number) => Math.max(0, Math.round((pt / 72) * dpi));
  const dir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'qr-'));
  try {
    const out = join(dir, 'crop');
    execFileSync('pdftoppm', [
      '-r', String(dpi), '-gray', '-png', '-singlefile',
      '-x', String(px(box.x)), '-y', String(px(box.y)), '-W', String(px(box.w)), '-H', String(px(box.h)),
      pdf, out,
    ]);
    const png = PNG.sync.read(readFileSync(`${out}.png`));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
