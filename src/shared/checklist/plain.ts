import type { Lang } from '../i18n';
import type { Plan } from '../plan/types';
import { checklistDocument, type ChecklistDocument, type DocHelpLine, type DocItem } from './document';
import { aboutHeading, cautious, formatContentDate, printString, type PrintKey, type PrintText } from './text';

/**
 * Largest plain-text checklist, in UTF-8 bytes, that goes into one QR code: at most a
 * version 31 code (141 modules + margin), printed 60 mm wide on Letter/A4 (0.42 mm modules)
 * and 70 mm on a receipt (0.49 mm; smaller codes get whole 0.508 mm printer dots), which
 * reads back from a 200 dpi raster (tests/integration/print-scenarios.test.ts).
 */
export const QR_TEXT_MAX_BYTES = 1400;

/**
 * What a whole-checklist QR code holds, from most to least: `full` is the page without its
 * set-up steps; `compact` the answer, steps, websites with their sign-in, notices and help
 * lines; `minimal` the websites and help lines. The printed caption says which (truthfully).
 */
export const QR_DETAILS = ['full', 'compact', 'minimal'] as const;
export type QrDetail = (typeof QR_DETAILS)[number];

export const QR_CAPTION_KEYS: Record<QrDetail, PrintKey> = { full: 'wholeQr.full', compact: 'wholeQr.compact', minimal: 'wholeQr.minimal' };

export interface ChecklistQrText {
  text: string;
  detail: QrDetail;
}

/**
 * The checklist as plain text for the whole-checklist QR code (and the screen's copy of it),
 * in the document's reading order: the fullest variant that fits QR_TEXT_MAX_BYTES. The
 * shortest is cut at a line end if even it is too long (the caption still says "websites
 * and help lines", which is what its first lines are). The glossary's plain-word
 * explanations stay on the page and the screen: the phone copy is the same checklist without
 * them, so more of it fits in one code.
 */
export function checklistQrText(plan: Plan, lang: Lang, text: PrintText): ChecklistQrText {
  const doc = checklistDocument({ ...plan, terms: [] }, lang);
  for (const detail of QR_DETAILS) {
    const candidate = plainText(doc, text, detail);
    if (utf8Length(candidate) <= QR_TEXT_MAX_BYTES) return { text: candidate, detail };
  }
  return { text: cutToBytes(plainText(doc, text, 'minimal'), QR_TEXT_MAX_BYTES), detail: 'minimal' };
}

/** Just the text (older callers and tests). */
export function checklistPlainText(plan: Plan, lang: Lang, text: PrintText): string {
  return checklistQrText(plan, lang, text).text;
}

function plainText(doc: ChecklistDocument, text: PrintText, detail: QrDetail): string {
  const lang = doc.lang;
  const t = (key: PrintKey, params?: Record<string, string>) => printString(text, key, lang, params);
  const item = (i: DocItem) => cautious(i.unconfirmed, i.text, lang, text);
  const lines: string[] = [t('title'), t('for', { answers: doc.answers.join(' · ') })];
  const heading = (key: PrintKey, params?: Record<string, string>) => lines.push('', t(key, params).toUpperCase());
  const list = (items: DocItem[], numbered = false) => items.forEach((x, i) => lines.push(`${numbered ? `${i + 1}.` : '-'} ${item(x)}`));

  if (detail !== 'minimal') {
    heading('lead.heading');
    lines.push(`${t('lead.go')}: ${doc.lead.go.map((g) => `${g.name} (${g.shown})`).join(` ${t('lead.or')} `)}`);
    if (doc.lead.signIn) lines.push(`${t('lead.signIn')}: ${item(doc.lead.signIn)}`);
    if (doc.lead.call) lines.push(`${t('lead.call')}: ${doc.lead.call}`);
    lines.push(`${t('lead.task')}: ${doc.lead.task}`);
    if (doc.steps.length > 0) {
      heading('steps.heading');
      list(doc.steps, true);
    }
    if (detail === 'full' && doc.alternatives.length > 0) {
      heading('alternatives.heading');
      list(doc.alternatives);
    }
    if (doc.notices.length > 0) {
      heading('notices.heading');
      list(doc.notices);
    }
  }

  // The first website is already in "start here" (with its sign-in): list the others.
  const inLead = detail !== 'minimal' && doc.lead.go.length === 1 ? doc.lead.go[0]!.shown : undefined;
  const others = doc.portals.filter((p) => p.shown !== inLead);
  if (others.length > 0) heading('portals.heading');
  for (const p of others) {
    lines.push(`- ${p.name}: ${p.url}`);
    if (detail === 'minimal') continue;
    lines.push(p.call ? `  ${t('portal.call')} ${p.call}` : `  ${t('portal.signIn')} ${item(p.signIn)}`);
  }

  if (detail === 'full') {
    if (doc.about) {
      lines.push('', aboutHeading(doc.about, t).toUpperCase());
      list(doc.about.advice);
    }
    if (doc.bring.length > 0) {
      heading('bring.heading');
      list(doc.bring);
    }
    if (doc.notes.length > 0) {
      heading('notes.heading');
      list(doc.notes);
    }
  }

  heading('help.heading');
  for (const h of doc.help) lines.push(helpLine(h, lang, text));

  lines.push('');
  // Explain the mark only if this text uses it.
  const mark = printString(text, 'unconfirmed.mark', lang);
  if (lines.some((l) => l.includes(mark))) lines.push(t('unconfirmed.explain'));
  lines.push(t('reviewed', { date: formatContentDate(doc.reviewed, lang) }));
  // On the page in bold; in the phone copy only where everything else fits too.
  if (detail === 'full') lines.push(t('notAffiliated'));
  return lines.join('\n');
}

function helpLine(h: DocHelpLine, lang: Lang, text: PrintText): string {
  const tty = h.tty ? ` (${printString(text, 'help.tty', lang)} ${h.tty})` : '';
  return `- ${cautious(h.unconfirmed, `${h.name}: ${h.phone}${tty}`, lang, text)}`;
}

/** UTF-8 length without TextEncoder, so this stays pure TypeScript. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Whole lines that fit in `max` bytes (never half a character). */
function cutToBytes(s: string, max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const line of s.split('\n')) {
    const cost = utf8Length(line) + (out.length > 0 ? 1 : 0);
    if (used + cost > max) break;
    out.push(line);
    used += cost;
  }
  if (out.length > 0) return out.join('\n');
  let cut = '';
  for (const ch of s) {
    if (utf8Length(cut + ch) > max) break;
    cut += ch;
  }
  return cut;
}
