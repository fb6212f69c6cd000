import { esc } from '../checklist/html';
import { PAPER } from '../checklist/paper';
import type { Content } from '../content/load';
import type { PaperSize } from '../ipc';
import { USAGE_DIMENSIONS, USAGE_TOTAL_NAMES, sumDays, type UsageDay, type UsageDimension, type UsageTotal } from './usage';

/**
 * The two pages staff print from the panel: a printer test page and the usage report.
 * Standalone HTML like the checklist (own CSS and CSP, no scripts, everything escaped),
 * printed through the same printer module. Staff wording is built in and in English: these
 * pages must print even when the content files (ui.json included) are refused.
 */

export interface KioskLabel {
  kioskName: string;
  kioskLocation: string;
}

const TOTAL_LABELS: Record<UsageTotal, string> = {
  visits: 'Visits',
  assisted: 'Staff-assisted',
  checklists: 'Checklists shown',
  printed: 'Checklists printed',
  printFailed: 'Prints failed',
  timeouts: 'Time-outs',
  startedOver: 'Started over',
};
export const USAGE_TOTAL_LABELS = TOTAL_LABELS;

const DIMENSION_LABELS: Record<UsageDimension, string> = {
  task: 'By task',
  region: 'By region',
  beneficiary: 'By beneficiary type',
};
export const USAGE_DIMENSION_LABELS = DIMENSION_LABELS;

/** English names of content ids per dimension (a state's name for its code); the id when unknown. */
export function usageLabeler(content: Content | null): (dim: UsageDimension, id: string) => string {
  const names = new Map<string, string>();
  if (content) {
    for (const t of content.tasks) names.set(`task:${t.id}`, t.label.en);
    for (const b of content.beneficiaries) names.set(`beneficiary:${b.id}`, b.label.en);
    for (const s of content.regions.states) names.set(`region:${s.code}`, s.name.en);
    for (const t of content.regions.territories) names.set(`region:${t.code}`, t.name.en);
    for (const a of content.regions.overseasAreas) names.set(`region:${a.id}`, a.name.en);
    names.set('region:unsure', content.regions.unsure?.label.en ?? 'Not sure');
  }
  return (dim, id) => names.get(`${dim}:${id}`) ?? id;
}

function pageCss(paper: PaperSize): string {
  const spec = PAPER[paper];
  const page = spec.roll ? `margin: ${spec.marginMm}mm;` : `size: ${spec.widthMm}mm ${spec.heightMm}mm; margin: ${spec.marginMm}mm;`;
  return `
@page { ${page} }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: ${spec.roll ? 9 : 10.5}pt; line-height: 1.25; }
h1 { margin: 0 0 1mm; font-size: ${spec.roll ? 13 : 17}pt; }
h2 { margin: 4mm 0 1.5mm; font-size: ${spec.roll ? 10.5 : 12}pt; border-bottom: 0.3mm solid #000; break-after: avoid; }
p { margin: 0 0 1mm; }
/* Collapsed borders stick out by half their width: keep the right edge inside the page. */
table { border-collapse: collapse; width: calc(100% - 0.5mm); }
th, td { border: 0.25mm solid #000; padding: 0.6mm 1.2mm; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: #e6e6e6; }
.meta { margin-bottom: 3mm; }
.cols { margin-top: 4mm; ${spec.roll ? '' : 'display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 5mm; align-items: start;'} }
.cols section { break-inside: avoid; margin-bottom: 3mm; }
.cols h2 { margin-top: 0; }
.halves { ${spec.roll ? '' : 'display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start;'} }
.halves table { font-size: 0.9em; }
.chart svg { display: block; width: 100%; height: auto; }
.note { font-size: 0.9em; }
`;
}

function documentShell(title: string, paper: PaperSize, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${pageCss(paper)}</style>
</head>
<body class="paper-${paper}">
${body}
</body>
</html>
`;
}

function kioskLine(k: KioskLabel): string {
  const parts = [k.kioskName, k.kioskLocation].filter((s) => s.trim() !== '');
  return parts.length > 0 ? esc(parts.join(' — ')) : 'Kiosk name not set (staff panel › Kiosk)';
}

function formatTime(d: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/** Visits per day as bars (an SVG, so it prints sharp at any size). */
export function usageBarsSvg(days: readonly UsageDay[], total: UsageTotal = 'visits'): string {
  const w = 600;
  const h = 150;
  const pad = { l: 28, b: 18, t: 8 };
  const max = Math.max(1, ...days.map((d) => d.totals[total]));
  const slot = (w - pad.l) / Math.max(1, days.length);
  const bars = days
    .map((d, i) => {
      const v = d.totals[total];
      const bh = ((h - pad.b - pad.t) * v) / max;
      const x = pad.l + i * slot + slot * 0.15;
      const last = i === days.length - 1;
      const label =
        (i % 5 === 0 && i < days.length - 3) || last
          ? `<text x="${last ? w : x + slot * 0.35}" y="${h - 4}" font-size="9" text-anchor="${last ? 'end' : 'middle'}">${esc(d.date.slice(5))}</text>`
          : '';
      return `<rect x="${x.toFixed(1)}" y="${(h - pad.b - bh).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${bh.toFixed(1)}" fill="#000"><title>${esc(d.date)}: ${v}</title></rect>${label}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(TOTAL_LABELS[total])} per day">
<line x1="${pad.l}" y1="${h - pad.b}" x2="${w}" y2="${h - pad.b}" stroke="#000" stroke-width="1"/>
<text x="${pad.l - 4}" y="${pad.t + 8}" font-size="9" text-anchor="end">${max}</text>
<text x="${pad.l - 4}" y="${h - pad.b}" font-size="9" text-anchor="end">0</text>
${bars}
</svg>`;
}

export interface UsageReportInput extends KioskLabel {
  /** Oldest first; the last one is today. */
  days: readonly UsageDay[];
  printedAt: Date;
  paper: PaperSize;
  label: (dim: UsageDimension, id: string) => string;
}

export function renderUsageReportHtml(r: UsageReportInput): string {
  const today = r.days[r.days.length - 1];
  const period = sumDays(r.days);
  const first = r.days[0]?.date ?? '';
  const last = today?.date ?? '';
  const totalsTable = `<table>
<thead><tr><th></th><th>Today</th><th>Last ${r.days.length} days</th></tr></thead>
<tbody>${USAGE_TOTAL_NAMES.map((t) => `<tr><td>${esc(TOTAL_LABELS[t])}</td><td>${today?.totals[t] ?? 0}</td><td>${period.totals[t]}</td></tr>`).join('')}</tbody>
</table>`;
  const breakdown = USAGE_DIMENSIONS.map((dim) => {
    const rows = Object.entries(period.by[dim]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const body = rows.length === 0 ? '<tr><td colspan="2">None yet</td></tr>' : rows.map(([id, n]) => `<tr><td>${esc(r.label(dim, id))}</td><td>${n}</td></tr>`).join('');
    return `<section><h2>${esc(DIMENSION_LABELS[dim])}</h2><table><tbody>${body}</tbody></table></section>`;
  }).join('\n');
  // Newest first, only days with something counted, in two tables side by side.
  const busy = [...r.days].reverse().filter((d) => USAGE_TOTAL_NAMES.some((t) => d.totals[t] > 0));
  const dailyTable = (rows: readonly UsageDay[]) => `<table>
<thead><tr><th>Date</th><th>Visits</th><th>Shown</th><th>Printed</th><th>Failed</th><th>Time-outs</th></tr></thead>
<tbody>${rows.map((d) => `<tr><td>${esc(d.date)}</td><td>${d.totals.visits}</td><td>${d.totals.checklists}</td><td>${d.totals.printed}</td><td>${d.totals.printFailed}</td><td>${d.totals.timeouts}</td></tr>`).join('')}</tbody>
</table>`;
  const half = Math.ceil(busy.length / 2);
  const daily =
    busy.length === 0
      ? '<p>No visits in this period.</p>'
      : `<div class="halves">${dailyTable(busy.slice(0, half))}${busy.length > 1 ? dailyTable(busy.slice(half)) : ''}</div>`;
  const body = `<h1>Kiosk usage report</h1>
<p class="meta"><strong>${kioskLine(r)}</strong><br>${esc(first)} to ${esc(last)} · printed ${esc(formatTime(r.printedAt))}</p>
${totalsTable}
<h2>Visits per day</h2>
<figure class="chart">${usageBarsSvg(r.days)}</figure>
<div class="cols">
${breakdown}
</div>
<h2>Days with visits</h2>
${daily}
<p class="note">Counts only: no names, answers, ZIP codes or times of day are kept. "By task / region / beneficiary type" count the checklists shown.</p>`;
  return documentShell('Kiosk usage report', r.paper, body);
}

export interface TestPageInput extends KioskLabel {
  queue: string;
  paper: PaperSize;
  printedAt: Date;
  contentVersion: string | null;
}

export function renderTestPageHtml(t: TestPageInput): string {
  const spec = PAPER[t.paper];
  const sizes = [8, 10, 12, 16, 24]
    .filter((pt) => !spec.roll || pt <= 16)
    .map((pt) => `<p style="font-size:${pt}pt">${pt} pt: Where do I sign in, and with what? ¿Dónde inicio sesión?</p>`)
    .join('');
  const body = `<h1>Printer test page</h1>
<p class="meta"><strong>${kioskLine(t)}</strong></p>
<table><tbody>
<tr><td>Printer queue</td><td>${esc(t.queue)}</td></tr>
<tr><td>Paper</td><td>${esc(t.paper)} (${spec.widthMm} mm wide)</td></tr>
<tr><td>Printed</td><td>${esc(formatTime(t.printedAt))}</td></tr>
<tr><td>Content version</td><td>${esc(t.contentVersion ?? 'content not loaded')}</td></tr>
</tbody></table>
<h2>Text sizes</h2>
${sizes}
<h2>Characters</h2>
<p>English and Spanish: á é í ó ú ü ñ Á É Í Ó Ú Ñ ¿ ¡ — “quotes” ’ · 0123456789</p>
<h2>Greys</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 24" role="img" aria-label="grey steps" style="width:100%;height:auto;display:block">
${[0, 20, 40, 60, 80, 100].map((g, i) => `<rect x="${i * 50}" y="0" width="50" height="24" fill="hsl(0,0%,${g}%)" stroke="#000" stroke-width="0.5"/>`).join('')}
</svg>
<p class="note">If every line above is sharp and the page is not cut off at the edges, the printer is ready for visitors' checklists.</p>`;
  return documentShell('Printer test page', t.paper, body);
}
