// Draws build/resources/icon.png (512×512): a navy rounded square with a white check mark
// and a key-shaped bit — the kiosk's "where do I sign in" checklist. Re-run after a change:
//   node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const S = 512;
const png = new PNG({ width: S, height: S });
const navy = [17, 45, 94];
const white = [255, 255, 255];
const gold = [245, 184, 0];
const set = (x, y, [r, g, b], a = 255) => {
  const i = (y * S + x) * 4;
  png.data[i] = r;
  png.data[i + 1] = g;
  png.data[i + 2] = b;
  png.data[i + 3] = a;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const r = 96, m = 16;
    const cx = Math.min(Math.max(x, m + r), S - m - r), cy = Math.min(Math.max(y, m + r), S - m - r);
    const inside = Math.hypot(x - cx, y - cy) <= r && x >= m && y >= m && x < S - m && y < S - m;
    if (!inside) { set(x, y, [0, 0, 0], 0); continue; }
    set(x, y, navy);
    // A sheet (the printed checklist)
    if (x > 120 && x < 392 && y > 88 && y < 424) set(x, y, white);
    // Check mark
    const d = Math.min(distToSegment(x, y, 175, 300, 235, 360), distToSegment(x, y, 235, 360, 340, 225));
    if (d < 24) set(x, y, gold);
    // Lines of text at the top of the sheet
    for (const ly of [130, 165]) if (y > ly && y < ly + 14 && x > 160 && x < 352) set(x, y, navy);
  }
}
writeFileSync(new URL('./resources/icon.png', import.meta.url), PNG.sync.write(png));
console.log('build/resources/icon.png written');
