import type { Content } from '../content/load';
import { fill, type Lang, type LocalizedText } from '../i18n';

/** The checklist's own wording (data/print.json); a test checks the file has every key. */
export const PRINT_KEYS = [
  'title',
  'documentTitle',
  'printedOn',
  'notices.heading',
  'answers.heading',
  'portals.heading',
  'portal.purpose',
  'portal.signIn',
  'portal.unconfirmed',
  'signIn.heading',
  'signIn.yours',
  'setup.heading',
  'bring.heading',
  'steps.heading',
  'help.heading',
  'help.tty',
  'help.unconfirmed',
  'confirm.prefix',
  'wholeQr.caption',
  'notAffiliated',
  'reviewed',
  'staffCopy.mark',
  'staffCopy.notes',
] as const;
export type PrintKey = (typeof PRINT_KEYS)[number];

export type PrintText = Content['printText'];

/** Printed wording for `key`. A key missing from print.json shows as [key], never as blank. */
export function printString(text: PrintText, key: PrintKey, lang: Lang, params: Record<string, string> = {}): string {
  const entry: LocalizedText | undefined = text[key];
  return entry ? fill(entry[lang], params) : `[${key}]`;
}

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** "November 25, 2026" / "25 de noviembre de 2026", in the kiosk's own time zone. */
export function formatPrintedDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** A content date (YYYY-MM-DD) in words; a malformed one is shown as it is. */
export function formatContentDate(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Plain text with "Call to confirm:" in front when the fact behind it is unconfirmed. */
export function cautious(unconfirmed: boolean | undefined, body: string, lang: Lang, text: PrintText): string {
  return unconfirmed ? `${printString(text, 'confirm.prefix', lang)} ${body}` : body;
}
