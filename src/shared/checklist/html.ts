import type { PaperSize } from '../ipc';
import type { Lang } from '../i18n';
import type { Plan, PlanHelpLine, PlanItem, PlanPortal } from '../plan/types';
import { PAPER, type PaperSpec } from './paper';
import { checklistPlainText } from './plain';
import { qrSvg } from './qr';
import { formatContentDate, formatPrintedDate, printString, type PrintKey, type PrintText } from './text';

export interface ChecklistOptions {
  lang: Lang;
  paper: PaperSize;
  /** The checklist's wording: Content['printText'] (data/print.json). */
  text: PrintText;
  printedAt: Date;
  /** Text → QR code as an SVG string. Defaults to qrSvg (the `qrcode` package). */
  qr?: (text: string) => string;
}

/**
 * The take-home checklist as one standalone HTML document (its own CSS, no scripts, no
 * external resources), laid out for the chosen paper: two columns on Letter/A4, one narrow
 * column on an 80 mm receipt. Everything comes from the Plan and data/print.json; every piece
 * of text is HTML-escaped. Pure: main renders it to PDF; tests render it in Chromium.
 */
export function renderChecklistHtml(plan: Plan, opts: ChecklistOptions): string {
  const { lang, text } = opts;
  const qr = opts.qr ?? qrSvg;
  const spec = PAPER[opts.paper];
  const t = (key: PrintKey, params?: Record<string, string>) => esc(printString(text, key, lang, params));

  const header = `<header>
  <h1>${t('title')}</h1>
  <p class="meta">${t('printedOn', { date: formatPrintedDate(opts.printedAt, lang) })}</p>
</header>`;

  const notices =
    plan.notices.length === 0
      ? ''
      : `<section class="notices" aria-labelledby="h-notices">
  <h2 id="h-notices">${t('notices.heading')}</h2>
  <ul>${plan.notices.map((n) => `<li class="notice-${esc(n.kind)}">${cautiousHtml(n.unconfirmed, n.text[lang], lang, text)}</li>`).join('')}</ul>
</section>`;

  const answers = `<section class="answers">
  <h2>${t('answers.heading')}</h2>
  <dl>${plan.summary.map((s) => `<div><dt>${esc(s.label[lang])}</dt><dd>${esc(s.value[lang])}</dd></div>`).join('')}</dl>
</section>`;

  const portals = `<section class="portals">
  <h2>${t('portals.heading')}</h2>
  ${plan.portals.map((p) => portalBlock(p, lang, text, qr)).join('\n  ')}
</section>`;

  const signIn = `<section class="signin">
  <h2>${t('signIn.heading')}</h2>
  <p class="yours">${t('signIn.yours', { credential: plan.signIn.label[lang] })}</p>
  ${list('ul', plan.signIn.advice, lang, text)}
  ${setupSteps(plan, lang, text)}
</section>`;

  const bring =
    plan.bring.length === 0
      ? ''
      : `<section class="bring">
  <h2>${t('bring.heading')}</h2>
  ${list('ul', plan.bring, lang, text)}
</section>`;

  const steps = `<section class="steps">
  <h2>${t('steps.heading')}</h2>
  ${list('ol', plan.steps, lang, text)}
</section>`;

  const help = `<section class="help">
  <h2>${t('help.heading')}</h2>
  <ul>${plan.helpLines.map((h) => helpLineItem(h, lang, text)).join('')}</ul>
</section>`;

  const end = `<section class="end">
  <figure class="whole-qr">${svgOnly(qr(checklistPlainText(plan, lang, text)))}</figure>
  <div class="fine">
    <p><strong>${t('wholeQr.caption')}</strong></p>
    <p>${t('reviewed', { date: formatContentDate(plan.reviewed, lang) })}</p>
    <p><strong>${t('notAffiliated')}</strong></p>
  </div>
</section>`;

  // One flow of sections: two balanced columns on Letter/A4, one on a receipt.
  const body = [header, notices, `<main class="flow">\n${[steps, portals, signIn, bring, help, answers, end].filter(Boolean).join('\n')}\n</main>`];

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t('documentTitle')}</title>
<style>${css(spec)}</style>
</head>
<body class="paper-${opts.paper}">
${body.filter((part) => part !== '').join('\n')}
</body>
</html>
`;
}

function portalBlock(p: PlanPortal, lang: Lang, text: PrintText, qr: (s: string) => string): string {
  const t = (key: PrintKey) => esc(printString(text, key, lang));
  return `<div class="portal">
    <figure class="qr">${svgOnly(qr(p.url))}</figure>
    <div>
      <h3>${esc(p.name[lang])}</h3>
      <p class="url">${esc(p.url)}</p>
      ${p.unconfirmed ? `<p class="confirm"><strong>${t('portal.unconfirmed')}</strong></p>` : ''}
      <p><span class="label">${t('portal.purpose')}</span> ${esc(p.purpose[lang])}</p>
      <p><span class="label">${t('portal.signIn')}</span> ${cautiousHtml(p.signInUnconfirmed, p.signIn[lang], lang, text)}</p>
    </div>
  </div>`;
}

function helpLineItem(h: PlanHelpLine, lang: Lang, text: PrintText): string {
  const tty = h.tty ? ` <span class="tty">${esc(printString(text, 'help.tty', lang))} ${esc(h.tty)}</span>` : '';
  const note = h.note ? `<br><span class="note">${esc(h.note[lang])}</span>` : '';
  const unconfirmed = h.unconfirmed ? `<br><strong>${esc(printString(text, 'help.unconfirmed', lang))}</strong>` : '';
  return `<li><span class="name">${esc(h.name[lang])}</span> <span class="phone">${esc(h.phone)}</span>${tty}${unconfirmed}${note}</li>`;
}

/** Set-up steps, grouped under the portal they belong to when items name one. */
function setupSteps(plan: Plan, lang: Lang, text: PrintText): string {
  if (plan.signIn.setup.length === 0) return '';
  const groups = new Map<string | undefined, PlanItem[]>();
  for (const item of plan.signIn.setup) groups.set(item.portal, [...(groups.get(item.portal) ?? []), item]);
  const heading = `<h3>${esc(printString(text, 'setup.heading', lang))}</h3>`;
  const parts = [...groups].map(([portalId, items]) => {
    const portal = plan.portals.find((p) => p.id === portalId);
    const title = portal ? `<p class="group">${esc(portal.name[lang])}</p>` : '';
    return `${title}${list('ol', items, lang, text)}`;
  });
  return `${heading}\n  ${parts.join('\n  ')}`;
}

/** Escaped text with a bold "Call to confirm:" in front when the fact behind it is unconfirmed. */
function cautiousHtml(unconfirmed: boolean | undefined, body: string, lang: Lang, text: PrintText): string {
  return unconfirmed ? `<strong>${esc(printString(text, 'confirm.prefix', lang))}</strong> ${esc(body)}` : esc(body);
}

function list(tag: 'ul' | 'ol', items: PlanItem[], lang: Lang, text: PrintText): string {
  const li = items.map((i) => {
    return `<li>${cautiousHtml(i.unconfirmed, i.text[lang], lang, text)}</li>`;
  });
  return `<${tag}>${li.join('')}</${tag}>`;
}

/** HTML-escapes text for element content and double- or single-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The QR function's output goes in unescaped, so accept nothing but one plain <svg> element. */
function svgOnly(svg: string): string {
  const s = svg.trim();
  if (!/^<svg[\s>][\s\S]*<\/svg>$/.test(s) || /<script|<foreignObject|\son\w+\s*=|href\s*=/i.test(s)) {
    throw new Error('qr() must return a plain <svg> element');
  }
  return s;
}

function css(spec: PaperSpec): string {
  const mm = (n: number) => `${n}mm`;
  // A roll's length is set by the renderer from the measured document, so only sheets name a size.
  const page = spec.roll ? `margin: ${mm(spec.marginMm)};` : `size: ${mm(spec.widthMm)} ${mm(spec.heightMm)}; margin: ${mm(spec.marginMm)};`;
  const common = `
@page { ${page} }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.15; }
h1 { margin: 0; font-weight: 700; }
h2 { margin: 0 0 1mm; padding-bottom: 0.5mm; border-bottom: 0.3mm solid #000; font-size: 11.5pt; font-weight: 700; break-after: avoid; }
h3, .group { margin: 1.2mm 0 0.5mm; font-size: 10pt; font-weight: 700; break-after: avoid; }
p { margin: 0 0 0.4mm; }
ul, ol { margin: 0; padding-left: 4.5mm; }
li { margin: 0 0 0.4mm; break-inside: avoid; }
section { margin: 0 0 2.2mm; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin-bottom: 2.5mm; border-bottom: 0.6mm solid #000; padding-bottom: 1mm; }
.meta { margin: 0; white-space: nowrap; }
.notices { border: 0.5mm solid #000; padding: 1.2mm 2.5mm; }
.answers dl { margin: 0; }
.answers dl > div { margin-bottom: 0.4mm; break-inside: avoid; }
.answers dt, .answers dd { display: inline; }
.answers dd { margin: 0 0 0 1mm; font-weight: 700; }
.portal { display: flex; gap: 2.5mm; align-items: flex-start; margin-bottom: 1.8mm; break-inside: avoid; }
.portal > div { min-width: 0; flex: 1; }
.portal h3 { margin-top: 0; }
.portal .qr { flex: 0 0 18mm; }
.url { font-weight: 700; word-break: break-all; }
.label { font-weight: 700; }
.help .name, .help .phone { font-weight: 700; }
.help .phone, .help .tty { white-space: nowrap; }
.end { display: flex; gap: 3mm; align-items: flex-start; break-inside: avoid; border-top: 0.3mm solid #000; padding-top: 1.5mm; }
.fine p { margin-bottom: 0.8mm; }
`;
  if (spec.roll) {
    return `${common}
h1 { font-size: 13pt; }
header { display: block; }
.end { flex-direction: column; align-items: center; }
.whole-qr { width: 60mm; }
`;
  }
  return `${common}
h1 { font-size: 16pt; }
.flow { column-count: 2; column-gap: 6mm; column-fill: balance; }
.whole-qr { flex: 0 0 40mm; }
`;
}
