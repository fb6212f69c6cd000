import type { PaperSize } from '../ipc';
import type { Lang } from '../i18n';
import type { Plan, PlanHelpLine, PlanItem, PlanPortal } from '../plan/types';
import { checklistCss } from './css';
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
  /**
   * The staff copy of a staff-assisted session: marked as such, with ruled lines for
   * handwritten staff notes. The visitor's copy never has either.
   */
  staffCopy?: boolean;
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
  const t = (key: PrintKey, params?: Record<string, string>) => esc(printString(text, key, lang, params));

  const staffMark = opts.staffCopy ? `\n  <p class="staff-mark">${t('staffCopy.mark')}</p>` : '';
  const header = `<header>
  <h1>${t('title')}</h1>${staffMark}
  <p class="meta">${t('printedOn', { date: formatPrintedDate(opts.printedAt, lang) })}</p>
</header>`;

  // The staff copy (staff-assisted sessions): lines for handwritten notes, beside the answers.
  const staffNotes = opts.staffCopy
    ? `<section class="staff-notes" aria-labelledby="h-staff-notes">
  <h2 id="h-staff-notes">${t('staffCopy.notes')}</h2>
  <div class="note-line"></div><div class="note-line"></div><div class="note-line"></div>
</section>`
    : '';

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

  // The staff copy stays at the desk: its room for notes replaces the take-home QR code.
  const wholeQr = opts.staffCopy ? '' : `<figure class="whole-qr">${svgOnly(qr(checklistPlainText(plan, lang, text)))}</figure>`;
  const end = `<section class="end">
  ${wholeQr}
  <div class="fine">
    ${opts.staffCopy ? '' : `<p><strong>${t('wholeQr.caption')}</strong></p>`}
    <p>${t('reviewed', { date: formatContentDate(plan.reviewed, lang) })}</p>
    <p><strong>${t('notAffiliated')}</strong></p>
  </div>
</section>`;

  // One flow of sections: two balanced columns on Letter/A4, one on a receipt.
  const body = [header, notices, `<main class="flow">\n${[steps, portals, signIn, bring, help, answers, staffNotes, end].filter(Boolean).join('\n')}\n</main>`];

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t('documentTitle')}</title>
<style>${checklistCss(opts.paper)}</style>
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
