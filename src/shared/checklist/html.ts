import type { PaperSize } from '../ipc';
import type { Lang } from '../i18n';
import type { Plan } from '../plan/types';
import { checklistCss, LAYOUT } from './css';
import { checklistDocument, type ChecklistDocument, type DocHelpLine, type DocItem, type DocPortal } from './document';
import { fitStep, wholeQrWidthMm } from './fit';
import { PAPER } from './paper';
import { checklistQrText, QR_CAPTION_KEYS } from './plain';
import { qrSvg } from './qr';
import { nbHyphens, richParts, urlPieces } from './rich';
import { aboutHeading, formatContentDate, formatPrintedDate, printString, type PrintKey, type PrintText } from './text';

export interface ChecklistOptions {
  lang: Lang;
  paper: PaperSize;
  /** The checklist's wording: Content['printText'] (data/print.json). */
  text: PrintText;
  printedAt: Date;
  /** Text → QR code as an SVG string. Defaults to qrSvg (the `qrcode` package). */
  qr?: (text: string) => string;
  /** Body size step (LAYOUT.fitPt index) instead of the fitted one: for measuring the model. */
  fit?: number;
  /**
   * The staff copy of a staff-assisted session: marked as such, with ruled lines for
   * handwritten staff notes. The visitor's copy never has either.
   */
  staffCopy?: boolean;
}

/**
 * The take-home checklist as one standalone HTML document (its own CSS, no scripts, no
 * external resources), laid out for the chosen paper: the answer first, then two columns on
 * Letter/A4 (one narrow column on an 80 mm receipt), in the same order as the screen
 * (document.ts). Body type is as large as still fits one sheet (fit.ts). Everything comes
 * from the Plan and data/print.json; every piece of text is HTML-escaped. Pure: main renders
 * it to PDF; tests render it in Chromium.
 */
export function renderChecklistHtml(plan: Plan, opts: ChecklistOptions): string {
  const title = esc(printString(opts.text, 'documentTitle', opts.lang));
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${checklistCss(opts.paper)}</style>
</head>
<body class="paper-${opts.paper}">
${renderChecklistBody(plan, opts)}
</body>
</html>
`;
}

/**
 * The document's body alone (no <style>): what the browser build's print sheet shows, styled
 * by its generated checklist-print.css, so the page never has to parse the inline stylesheet.
 */
export function renderChecklistBody(plan: Plan, opts: ChecklistOptions): string {
  const { lang, text, paper } = opts;
  const qr = opts.qr ?? qrSvg;
  const t = (key: PrintKey, params?: Record<string, string>) => esc(printString(text, key, lang, params));
  const doc = checklistDocument(plan, lang);
  const item = (i: DocItem) => `${rich(i.text)}${i.unconfirmed ? ` <span class="nc">${t('unconfirmed.mark')}</span>` : ''}`;
  const list = (tag: 'ul' | 'ol', items: DocItem[]) => `<${tag}>${items.map((i) => `<li>${item(i)}</li>`).join('')}</${tag}>`;
  const section = (cls: string, heading: string, body: string) => `<section class="${cls}">\n  <h2>${heading}</h2>\n  ${body}\n</section>`;

  const header = `<header>
  <h1>${t('title')}</h1>
  <p class="meta">${t('printedOn', { date: formatPrintedDate(opts.printedAt, lang) })}</p>
</header>
<p class="for">${t('for', { answers: doc.answers.join(' · ') })}</p>`;

  const lead = leadBox(doc, t, item);

  const parts: string[] = [];
  if (doc.steps.length > 0) parts.push(section('steps', t('steps.heading'), list('ol', doc.steps)));
  if (doc.alternatives.length > 0) parts.push(section('alternatives', t('alternatives.heading'), list('ul', doc.alternatives)));
  if (doc.notices.length > 0) parts.push(section('notices', t('notices.heading'), list('ul', doc.notices)));
  parts.push(
    section(
      'portals',
      t('portals.heading'),
      [...doc.setup.map((s) => `<p>${item(s)}</p>`), ...doc.portals.map((p) => portalBlock(p, t, item, list, qr))].join('\n  '),
    ),
  );
  if (doc.about) parts.push(section('about', aboutHeading(doc.about, t), list('ul', doc.about.advice)));
  if (doc.bring.length > 0) parts.push(section('bring', t('bring.heading'), list('ul', doc.bring)));
  if (doc.notes.length > 0) parts.push(section('notes', t('notes.heading'), list('ul', doc.notes)));
  parts.push(section('help', t('help.heading'), `<ul>${doc.help.map((h) => helpLineItem(h, t)).join('')}</ul>`));

  // Last in the flow: the whole checklist as a QR code (saying what it holds), then the fine
  // print. The staff copy stays at the desk: a box of ruled lines for handwritten notes takes
  // the take-home code's place (and its caption's), so it is no taller than the visitor's copy.
  const whole = opts.staffCopy ? undefined : checklistQrText(plan, lang, text);
  const wholeSvg = whole ? svgOnly(qr(whole.text)) : '';
  const wholeMm = whole ? wholeQrWidthMm(svgModules(wholeSvg), paper) : 0;
  const noteLines = '<div class="note-line"></div>'.repeat(LAYOUT.noteLines);
  const corner = whole
    ? `<figure class="whole-qr">${sized(wholeSvg, wholeMm)}</figure>`
    : `<div class="staff-notes">\n    <p class="staff-mark">${t('staffCopy.mark')}</p>\n    <h2>${t('staffCopy.notes')}</h2>\n    ${noteLines}\n  </div>`;
  parts.push(`<section class="end">
  ${corner}
  <div class="fine">
    ${whole ? `<p class="caption">${t(QR_CAPTION_KEYS[whole.detail])}</p>` : ''}
    ${doc.anyUnconfirmed ? `<p>${t('unconfirmed.explain')}</p>` : ''}
    <p>${t('reviewed', { date: formatContentDate(doc.reviewed, lang) })}</p>
    <p><strong>${t('notAffiliated')}</strong></p>
  </div>
</section>`);

  const fit = PAPER[paper].roll ? '' : ` fit-${opts.fit ?? fitFor(plan, doc, opts, wholeMm)}`;
  return `<div class="page${fit}">
${header}
${lead}
<main class="flow">
${parts.join('\n')}
</main>
</div>`;
}

/**
 * The body size step. The staff copy is the visitor's page with the notes box (mark, heading,
 * ruled lines) where the take-home code was, never taller than that code: it is printed no
 * larger than the visitor's copy, so whenever the visitor's page fits one sheet, so does it.
 */
function fitFor(plan: Plan, doc: ChecklistDocument, opts: ChecklistOptions, wholeMm: number): number {
  const { paper, text, lang } = opts;
  if (!opts.staffCopy) return fitStep(doc, paper, text, wholeMm);
  const visitorQr = svgOnly((opts.qr ?? qrSvg)(checklistQrText(plan, lang, text).text));
  const visitorStep = fitStep(doc, paper, text, wholeQrWidthMm(svgModules(visitorQr), paper));
  return Math.max(visitorStep, fitStep(doc, paper, text, 0, true));
}

function leadBox(doc: ChecklistDocument, t: (key: PrintKey, params?: Record<string, string>) => string, item: (i: DocItem) => string): string {
  const or = ` ${t('lead.or')} `;
  const go = doc.lead.go.map((g) => `<span class="name">${esc(g.name)}</span> <span class="url">${url(g.shown)}</span>`).join(or);
  const rows = [
    `<p><span class="label">${t('lead.go')}:</span> ${go}</p>`,
    doc.lead.signIn ? `<p><span class="label">${t('lead.signIn')}:</span> ${item(doc.lead.signIn)}</p>` : '',
    doc.lead.call ? `<p><span class="label">${t('lead.call')}:</span> ${phone(doc.lead.call)}</p>` : '',
    `<p><span class="label">${t('lead.task')}:</span> ${rich(doc.lead.task)}</p>`,
    doc.lead.help ? `<p><span class="label">${t('lead.help')}:</span> ${esc(doc.lead.help.name)} ${phone(doc.lead.help.phone)}</p>` : '',
  ];
  return `<section class="lead">
  <h2>${t('lead.heading')}</h2>
  ${rows.filter(Boolean).join('\n  ')}
</section>`;
}

function portalBlock(
  p: DocPortal,
  t: (key: PrintKey, params?: Record<string, string>) => string,
  item: (i: DocItem) => string,
  list: (tag: 'ul' | 'ol', items: DocItem[]) => string,
  qr: (s: string) => string,
): string {
  const signIn = p.call
    ? `<p><span class="label">${t('portal.call')}</span> ${phone(p.call)}</p>`
    : `<p><span class="label">${t('portal.signIn')}</span> ${item(p.signIn)}</p>`;
  // The set-up list runs the column's full width under the card (it can be long).
  const setup = p.setup.length > 0 ? `\n    <div class="setup"><p class="label">${t('portal.setup')}</p>${list('ol', p.setup)}</div>` : '';
  // A website the visitor only calls needs no code to open it.
  const code = p.call ? '' : `<figure class="qr">${svgOnly(qr(p.url))}<figcaption>${t('portal.qr', { host: '\u0000' }).replace('\u0000', url(p.host))}</figcaption></figure>`;
  return `<div class="portal">
    <div class="card">
      ${code}
      <div>
        <h3>${esc(p.name)}</h3>
        <p class="url">${url(p.shown)}</p>
        ${p.unconfirmed ? `<p><strong>${t('portal.unconfirmed')}</strong></p>` : ''}
        <p><span class="label">${t('portal.purpose')}</span> ${rich(p.purpose)}</p>
        ${signIn}
      </div>
    </div>${setup}
  </div>`;
}

function helpLineItem(h: DocHelpLine, t: (key: PrintKey) => string): string {
  const tty = h.tty ? ` <span class="tty">${t('help.tty')} ${phone(h.tty)}</span>` : '';
  const note = h.note ? `<br><span class="note">${rich(h.note)}</span>` : '';
  const mark = h.unconfirmed ? ` <span class="nc">${t('unconfirmed.mark')}</span>` : '';
  return `<li><span class="name">${esc(h.name)}</span> <span class="phone">${phone(h.phone)}</span>${tty}${mark}${note}</li>`;
}

/** A phone number that never breaks at its own hyphens (U+2011 non-breaking hyphens). */
export function phone(number: string): string {
  return `<span class="ph">${esc(nbHyphens(number))}</span>`;
}


/** A web address that may wrap only after a "/" or "." (never at its own hyphens or mid-word). */
export function url(address: string): string {
  return urlPieces(address).map((part) => `<span class="u">${esc(part)}</span>`).join('<wbr>');
}

/** Escaped text with its addresses (shown without "https://") and phone numbers kept whole. */
export function rich(text: string): string {
  return richParts(text)
    .map((p) => (p.kind === 'url' ? url(p.text) : p.kind === 'phone' ? phone(p.text) : esc(p.text)))
    .join('');
}

/** HTML-escapes text for element content and double- or single-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Modules across a QR SVG (quiet zone included), from its viewBox. */
function svgModules(svg: string): number {
  return Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1] ?? 0);
}

/** The code's printed size as SVG attributes (no style attribute: the page's CSP allows none). */
function sized(svg: string, mm: number): string {
  return svg.replace(/^<svg/, `<svg width="${mm}mm" height="${mm}mm"`);
}

/** The QR function's output goes in unescaped, so accept nothing but one plain <svg> element. */
function svgOnly(svg: string): string {
  const s = svg.trim();
  if (!/^<svg[\s>][\s\S]*<\/svg>$/.test(s) || /<script|<foreignObject|\son\w+\s*=|href\s*=/i.test(s)) {
    throw new Error('qr() must return a plain <svg> element');
  }
  return s;
}
