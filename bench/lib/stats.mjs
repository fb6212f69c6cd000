// Summaries of timing samples. Percentiles are nearest-rank (p95 of 10 samples is the max),
// so a reported p95 is always a time that was actually measured.

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** n, min, median, p95, max, mean of a list of numbers (NaN-free; empty gives n: 0). */
export function summarize(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, min: null, median: null, p95: null, max: null, mean: null };
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const round = (x) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    min: round(s[0]),
    median: round(median),
    p95: round(percentile(s, 0.95)),
    max: round(s[s.length - 1]),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
  };
}

/** a / b to two decimals, or null when either is missing. */
export function ratio(a, b) {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Least-squares slope of ys over xs (units of y per unit of x). */
export function slope(xs, ys) {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

const f1 = (x) => (x == null ? '–' : x.toFixed(1));
/** "min / median / p95 / max" in ms, one decimal. */
export const fmtSummary = (s) => `${f1(s.min)} / ${f1(s.median)} / ${f1(s.p95)} / ${f1(s.max)}`;
export const fmtRatio = (r) => (r == null ? '–' : `${r.toFixed(2)}×`);

/** A plain text table: rows of cells, first row the header; numbers right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, c) => {
        const s = String(cell ?? '');
        return /^[\d.,–\-×/ %]+[a-zA-Z×%]*$/.test(s) && c > 0 ? s.padStart(widths[c]) : s.padEnd(widths[c]);
      })
      .join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
