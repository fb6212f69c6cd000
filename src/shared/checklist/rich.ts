/**
 * A sentence split into plain text, web addresses and phone numbers, so every renderer (the
 * printed page, the screen) can keep an address from breaking at its own hyphens or mid-word
 * (it may wrap only after "/" or ".") and a phone number from breaking at all.
 */
export interface RichPart {
  kind: 'text' | 'url' | 'phone';
  /** For an address: as shown, without "https://" and a trailing slash. */
  text: string;
}

/** Web addresses (with a scheme, or a bare .com/.mil/.gov/.org host) and phone numbers. */
const RICH = /(https?:\/\/[^\s)]+[^\s).,;:!?]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|mil|gov|org)\b(?:\/[^\s).,;:!?]*)?)|((?<![\w-])\+?\d{1,4}(?:-[0-9A-Z]{1,7}){2,4}(?![\w-]))/g;

export function richParts(text: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const m of text.matchAll(RICH)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push(m[1] ? { kind: 'url', text: m[1].replace(/^https?:\/\//, '').replace(/\/$/, '') } : { kind: 'phone', text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** An address's pieces, each ending after a "/" or "." (the only places it may wrap). */
export const urlPieces = (address: string): string[] => address.split(/(?<=[./])/);

/** Non-breaking hyphens (U+2011): a phone number never breaks across lines. */
export const nbHyphens = (s: string): string => s.replace(/-/g, '\u2011');
