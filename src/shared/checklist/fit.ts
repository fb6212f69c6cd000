import type { PaperSize } from '../ipc';
import { LAYOUT } from './css';
import type { ChecklistDocument, DocItem } from './document';
import { PAPER, printableWidthMm } from './paper';
import { aboutHeading, printString, type PrintKey, type PrintText } from './text';

/**
 * How big the printed type can be: the largest body size in LAYOUT.fitPt at which the
 * checklist still fits one sheet, so a short checklist is printed at 12 pt instead of leaving
 * half the page blank, and a long one shrinks only as far as it must.
 *
 * The page cannot measure itself (it runs without JavaScript) and the renderer prints what
 * it is given, so this is a model of the stylesheet's layout: the page's text is wrapped
 * with the advance widths of Liberation Sans (metric-compatible with Arial, the font the
 * stylesheet asks for), block by block, and the two columns are balanced the way the
 * stylesheet allows (lists and website blocks never split). It errs on the side of a
 * smaller size; tests/integration/checklist-layout.test.ts measures real pages against it.
 */
export function fitStep(doc: ChecklistDocument, paper: PaperSize, text: PrintText, wholeQrMm: number, staffCopy = false): number {
  const spec = PAPER[paper];
  const height = (spec.heightMm - 2 * spec.marginMm) * SAFETY;
  for (let step = 0; step < LAYOUT.fitPt.length; step++) {
    if (pageHeightMm(doc, paper, text, wholeQrMm, LAYOUT.fitPt[step]!, staffCopy) <= height) return step;
  }
  return LAYOUT.fitPt.length - 1;
}

/**
 * Printed width of the whole-checklist code with `modules` modules (quiet zone included):
 * whole modules of at least the paper's minimum module size, within its width bounds, so it
 * reads back from a 200 dpi raster.
 */
export function wholeQrWidthMm(modules: number, paper: PaperSize): number {
  const kind = PAPER[paper].roll ? 'roll' : 'sheet';
  const want = modules * LAYOUT.wholeQrModuleMm[kind];
  return Math.round(Math.min(LAYOUT.wholeQrMaxMm[kind], Math.max(LAYOUT.wholeQrMinMm[kind], want)) * 10) / 10;
}

/** Room kept for the model being a little off (and for fonts that differ slightly). */
const SAFETY = 0.98;
const MM_PER_PT = 25.4 / 72;

/** The model's height of the whole page at body size `pt` (exported for the layout test). */
export function pageHeightMm(doc: ChecklistDocument, paper: PaperSize, text: PrintText, wholeQrMm: number, pt: number, staffCopy = false): number {
  const L = LAYOUT;
  const lang = doc.lang;
  const t = (key: PrintKey, params?: Record<string, string>) => printString(text, key, lang, params);
  const width = printableWidthMm(paper);
  const col = (width - L.columnGapMm) / 2;
  const lh = (size: number) => size * L.lineHeight * MM_PER_PT;
  const para = (s: string, size: number, w: number, bold = false) => lines(s, size, w, bold) * lh(size);
  const mark = (i: DocItem) => (i.unconfirmed ? `${i.text} ${t('unconfirmed.mark')}` : i.text);
  const indent = L.listIndentEm * pt * MM_PER_PT;
  const list = (items: DocItem[], w: number) => items.reduce((h, i) => h + para(mark(i), pt, w - indent) + L.itemGapMm, 0);
  const h2 = (s: string, w: number, size = pt * L.h2Em) => para(s, size, w, true) + 1 + 0.4 + 0.3;

  // Header, "For:" line, and the answer box, full width.
  const title = t('title');
  const meta = t('printedOn', { date: 'September 30, 2026' });
  const metaW = textWidthMm(meta, pt * L.metaEm, false);
  const header = para(title, pt * L.h1Em, width - metaW - 4, true) + 1 + 0.6;
  const forLine = para(t('for', { answers: doc.answers.join(' · ') }), pt, width, true) + 1 + 2;
  const leadPt = pt * L.leadEm;
  const leadW = width - 2 * (L.leadBorderMm + L.leadPadMm + 0.6);
  const leadRows = [
    `${t('lead.go')}: ${doc.lead.go.map((g) => `${g.name} ${g.shown}`).join(` ${t('lead.or')} `)}`,
    doc.lead.signIn ? `${t('lead.signIn')}: ${mark(doc.lead.signIn)}` : '',
    doc.lead.call ? `${t('lead.call')}: ${doc.lead.call}` : '',
    `${t('lead.task')}: ${doc.lead.task}`,
    doc.lead.help ? `${t('lead.help')}: ${doc.lead.help.name} ${doc.lead.help.phone}` : '',
  ].filter(Boolean);
  const lead =
    h2(t('lead.heading'), leadW, leadPt * L.h2Em) - 0.7 +
    leadRows.reduce((h, r) => h + para(r, leadPt, leadW) + 0.7, 0) +
    2 * (L.leadPadMm + L.leadBorderMm) +
    L.sectionGapMm;

  // The flow, as blocks the columns may not split: a heading sticks to what follows it.
  const blocks: Block[] = [];
  const section = (heading: string, body: number[]) => {
    blocks.push({ h: h2(heading, col), keep: true });
    body.forEach((h, i) => blocks.push({ h: h + (i === body.length - 1 ? L.sectionGapMm : 0), keep: false }));
  };
  if (doc.steps.length > 0) section(t('steps.heading'), [list(doc.steps, col)]);
  if (doc.alternatives.length > 0) section(t('alternatives.heading'), [list(doc.alternatives, col)]);
  if (doc.notices.length > 0) section(t('notices.heading'), [list(doc.notices, col)]);
  const captionPt = pt * L.captionEm;
  section(t('portals.heading'), [
    ...doc.setup.map((s) => para(mark(s), pt, col) + L.paragraphGapMm),
    ...doc.portals.map((p) => {
      const textW = p.call ? col : col - L.portalQrMm - L.portalGapMm;
      const body =
        para(p.name, pt, textW, true) + 0.4 +
        para(p.shown, pt, textW, true) + L.paragraphGapMm +
        (p.unconfirmed ? para(t('portal.unconfirmed'), pt, textW, true) + L.paragraphGapMm : 0) +
        para(`${t('portal.purpose')} ${p.purpose}`, pt, textW) + L.paragraphGapMm +
        para(p.call ? `${t('portal.call')} ${p.call}` : `${t('portal.signIn')} ${mark(p.signIn)}`, pt, textW) + L.paragraphGapMm;
      const qr = p.call ? 0 : L.portalQrMm + lines(t('portal.qr', { host: p.host }), captionPt, L.portalQrMm) * captionPt * 1.15 * MM_PER_PT;
      const setup = p.setup.length > 0 ? 0.6 + para(t('portal.setup'), pt, col, true) + L.paragraphGapMm + list(p.setup, col) : 0;
      return Math.max(body, qr) + setup + L.portalBottomMm;
    }),
  ]);
  if (doc.about) section(aboutHeading(doc.about, t), [list(doc.about.advice, col)]);
  if (doc.bring.length > 0) section(t('bring.heading'), [list(doc.bring, col)]);
  if (doc.notes.length > 0) section(t('notes.heading'), [list(doc.notes, col)]);
  section(t('help.heading'), [
    doc.help.reduce((h, l) => {
      const first = `${l.name} ${l.phone}${l.tty ? ` ${t('help.tty')} ${l.tty}` : ''}${l.unconfirmed ? ` ${t('unconfirmed.mark')}` : ''}`;
      return h + para(first, pt * L.phoneEm, col, true) + (l.note ? para(l.note, pt, col) : 0) + 1;
    }, 0),
  ]);
  // Last in the flow: the whole-checklist code (on the staff copy: the notes box in its
  // place, with border, padding, heading and ruled lines), its caption, the fine print.
  const notesMm = 2 * (0.5 + 1.2) + para(t('staffCopy.mark'), pt * L.fineEm, L.staffNotesMm - 6, true) + 1.2 + h2(t('staffCopy.notes'), L.staffNotesMm - 6) + L.noteLines * L.noteLineMm;
  const cornerMm = staffCopy ? notesMm : wholeQrMm;
  const qrMm = staffCopy ? L.staffNotesMm : wholeQrMm;
  const finePt = pt * L.fineEm;
  const fineW = col - qrMm - 3;
  const fine = [doc.anyUnconfirmed ? t('unconfirmed.explain') : '', t('reviewed', { date: 'September 30, 2026' }), t('notAffiliated')]
    .filter(Boolean)
    .reduce((h, s) => h + para(s, finePt, fineW, true) + 0.6, staffCopy ? 0 : para(t('wholeQr.compact'), pt, fineW, true) + 0.6);
  blocks.push({ h: 1.8 + Math.max(cornerMm, fine), keep: false });
  const flow = L.sectionGapMm + balance(blocks);

  return header + forLine + lead + flow;
}

interface Block {
  h: number;
  /** Stays in the same column as the next block (a heading). */
  keep: boolean;
}

/** Height of two balanced columns of unsplittable blocks (the smaller column height that works). */
function balance(blocks: Block[]): number {
  const total = blocks.reduce((s, b) => s + b.h, 0);
  const fits = (limit: number): boolean => {
    let column = 1;
    let used = 0;
    for (let i = 0; i < blocks.length; i++) {
      // A heading and the block after it go together.
      const h = blocks[i]!.keep && i + 1 < blocks.length ? blocks[i]!.h + blocks[i + 1]!.h : blocks[i]!.h;
      if (used + h > limit && used > 0) {
        column++;
        used = 0;
      }
      if (h > limit || column > 2) return false;
      used += h;
      if (blocks[i]!.keep && i + 1 < blocks.length) i++;
    }
    return true;
  };
  let lo = total / 2;
  let hi = total;
  if (!fits(hi)) return total;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Lines a text takes at `pt` in a box `widthMm` wide: greedy word wrap, long addresses split at "/" and ".". */
export function lines(s: string, pt: number, widthMm: number, bold = false): number {
  if (s === '') return 0;
  const space = textWidthMm(' ', pt, bold);
  let count = 1;
  let used = 0;
  for (const word of s.split(/\s+/).filter(Boolean)) {
    for (const piece of splitLong(word, pt, widthMm, bold)) {
      const w = textWidthMm(piece, pt, bold);
      if (used > 0 && used + space + w > widthMm) {
        count++;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return count;
}

function splitLong(word: string, pt: number, widthMm: number, bold: boolean): string[] {
  if (textWidthMm(word, pt, bold) <= widthMm) return [word];
  return word.split(/(?<=[./])/);
}

export function textWidthMm(s: string, pt: number, bold: boolean): number {
  let units = 0;
  for (const ch of s.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code < 0x370) continue; // combining accents add no width
    units += (bold ? BOLD : REGULAR)[code - 32] ?? 556;
  }
  return (units / 1000) * pt * MM_PER_PT;
}

/**
 * Advance widths (1/1000 em) of ASCII 32–126 in Liberation Sans / Arial, regular and bold.
 * Font metrics, not content: they describe the typeface the stylesheet names.
 */
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
