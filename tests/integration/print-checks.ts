import { checklistDocument, checklistQrText, richParts, type ChecklistDocument, type PrintText } from '../../src/shared/checklist';
import type { Lang } from '../../src/shared/i18n';
import type { Plan } from '../../src/shared/plan';

/**
 * What a printed checklist must hold, from the shared checklist document: the QR codes it
 * prints, the phone numbers and web addresses it shows, and a line-break check on the text
 * pdftotext reads back from the spooler's PDF.
 */
export interface Expected {
  doc: ChecklistDocument;
  /** Every QR code on the page: each website's address (but not those the visitor only calls), and the checklist text. */
  codes: string[];
  phones: string[];
  addresses: string[];
}

export function expected(plan: Plan, lang: Lang, text: PrintText): Expected {
  const doc = checklistDocument(plan, lang);
  const texts = [
    doc.lead.task,
    ...(doc.lead.signIn ? [doc.lead.signIn.text] : []),
    ...[...doc.steps, ...doc.alternatives, ...doc.notices, ...doc.setup, ...doc.bring, ...doc.notes, ...(doc.about?.advice ?? [])].map((i) => i.text),
    ...doc.portals.flatMap((p) => [p.purpose, p.signIn.text, ...p.setup.map((s) => s.text)]),
    ...doc.help.flatMap((h) => (h.note ? [h.note] : [])),
  ];
  const parts = texts.flatMap(richParts);
  const phones = new Set([...doc.help.flatMap((h) => [h.phone, ...(h.tty ? [h.tty] : [])]), ...parts.filter((p) => p.kind === 'phone').map((p) => p.text)]);
  const addresses = new Set([...doc.portals.map((p) => p.shown), ...parts.filter((p) => p.kind === 'url').map((p) => p.text)]);
  return {
    doc,
    codes: [...doc.portals.filter((p) => !p.call).map((p) => p.url), checklistQrText(plan, lang, text).text],
    phones: [...phones],
    addresses: [...addresses],
  };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/**
 * Phone numbers and web addresses that pdftotext finds broken over two lines: a phone number
 * anywhere, an address anywhere but right after one of its own "/" or "." (the only places it
 * may wrap). Non-breaking hyphens (U+2011) read back as hyphens.
 */
export function brokenOverLines(pdfText: string, e: Pick<Expected, 'phones' | 'addresses'>): string[] {
  const text = pdfText.replace(/\u2011/g, '-');
  const flat = text.replace(/\s+/g, '');
  const out: string[] = [];
  for (const p of e.phones) {
    const whole = count(text, new RegExp(`(?<![\\w-])${esc(p)}(?![\\w-])`, 'g'));
    if (count(flat, new RegExp(esc(p), 'g')) > whole) out.push(`phone ${p}`);
  }
  for (const a of e.addresses) {
    const pieces = a.split(/(?<=[./])/).map(esc);
    const allowed = count(text, new RegExp(pieces.join('\\n?'), 'g'));
    if (count(flat, new RegExp(esc(a), 'g')) > allowed) out.push(`address ${a}`);
  }
  return out;
}
