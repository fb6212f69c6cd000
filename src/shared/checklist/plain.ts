import type { Lang } from '../i18n';
import type { Plan, PlanHelpLine, PlanItem } from '../plan/types';
import { cautious, formatContentDate, printString, type PrintText } from './text';

/**
 * Largest plain-text checklist, in UTF-8 bytes, that goes into one QR code. 1000 bytes is at
 * most a version 25 code (117 modules + margin): printed 48 mm wide on Letter/A4 (0.4 mm per
 * module) and 60 mm on a receipt (0.5 mm, four dots of a 203 dpi print head), which a phone
 * reads easily. Longer texts use a shorter variant.
 */
export const QR_TEXT_MAX_BYTES = 1000;

/**
 * The checklist as plain text, for the "whole checklist" QR code and the phone fallback.
 * Tries the full text first, then shorter variants, until one fits QR_TEXT_MAX_BYTES; the
 * shortest keeps only where to go and whom to call, and is cut at a line end if need be.
 */
export function checklistPlainText(plan: Plan, lang: Lang, text: PrintText): string {
  for (const detail of ['full', 'compact', 'minimal'] as const) {
    const candidate = plainText(plan, lang, text, detail);
    if (utf8Length(candidate) <= QR_TEXT_MAX_BYTES) return candidate;
  }
  return cutToBytes(plainText(plan, lang, text, 'minimal'), QR_TEXT_MAX_BYTES);
}

type Detail = 'full' | 'compact' | 'minimal';

function plainText(plan: Plan, lang: Lang, text: PrintText, detail: Detail): string {
  const t = (key: Parameters<typeof printString>[1], params?: Record<string, string>) =>
    printString(text, key, lang, params);
  const item = (i: Pick<PlanItem, 'text' | 'unconfirmed'>) => cautious(i.unconfirmed, i.text[lang], lang, text);
  const lines: string[] = [t('title')];

  if (detail === 'full' && plan.notices.length > 0) {
    lines.push('', t('notices.heading').toUpperCase());
    plan.notices.forEach((n) => lines.push(`- ${item(n)}`));
  }

  lines.push('', t('portals.heading').toUpperCase());
  for (const p of plan.portals) {
    lines.push(detail === 'minimal' ? p.url : `- ${p.name[lang]}: ${p.url}`);
    if (detail === 'full') {
      lines.push(`  ${t('portal.signIn')} ${cautious(p.signInUnconfirmed, p.signIn[lang], lang, text)}`);
    }
  }

  if (detail === 'full') {
    lines.push('', `${t('signIn.heading').toUpperCase()}: ${(plan.signIn.label?.[lang] ?? "")}`);
    plan.signIn.advice.forEach((a) => lines.push(`- ${item(a)}`));
    if (plan.signIn.setup.length > 0) {
      lines.push(`${t('setup.heading')}:`);
      plan.signIn.setup.forEach((s, i) => lines.push(`${i + 1}. ${item(s)}`));
    }
    if (plan.bring.length > 0) {
      lines.push('', t('bring.heading').toUpperCase());
      plan.bring.forEach((b) => lines.push(`- ${item(b)}`));
    }
  }

  if (detail !== 'minimal' && plan.steps.length > 0) {
    lines.push('', t('steps.heading').toUpperCase());
    plan.steps.forEach((s, i) => lines.push(`${i + 1}. ${item(s)}`));
  }

  lines.push('', t('help.heading').toUpperCase());
  for (const h of plan.helpLines) lines.push(helpLine(h, lang, text, detail));

  lines.push('', t('reviewed', { date: formatContentDate(plan.reviewed, lang) }));
  if (detail !== 'minimal') lines.push(t('notAffiliated'));
  return lines.join('\n');
}

function helpLine(h: PlanHelpLine, lang: Lang, text: PrintText, detail: Detail): string {
  const tty = h.tty ? ` (${printString(text, 'help.tty', lang)} ${h.tty})` : '';
  const unconfirmed = h.unconfirmed && detail !== 'minimal' ? ` (${printString(text, 'help.unconfirmed', lang)})` : '';
  return `- ${h.name[lang]}: ${h.phone}${tty}${unconfirmed}`;
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
