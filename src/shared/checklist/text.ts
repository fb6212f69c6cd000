import type { Content } from '../content/load';
import { fill, type Lang, type LocalizedText } from '../i18n';

/** The checklist's own wording (data/print.json); a test checks the file has every key. */
export const PRINT_KEYS = [
  'title',
  'documentTitle',
  'printedOn',
  'for',
  'lead.heading',
  'lead.go',
  'lead.or',
  'lead.signIn',
  'lead.call',
  'lead.task',
  'lead.help',
  'steps.heading',
  'alternatives.heading',
  'notices.heading',
  'portals.heading',
  'portal.purpose',
  'portal.signIn',
  'portal.call',
  'portal.setup',
  'portal.qr',
  'portal.unconfirmed',
  'about.heading',
  'about.general',
  'bring.heading',
  'notes.heading',
  'help.heading',
  'help.tty',
  'unconfirmed.mark',
  'unconfirmed.explain',
  'wholeQr.full',
  'wholeQr.compact',
  'wholeQr.minimal',
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

/** "About your DS Logon", or "About signing in" when the visitor has no sign-in yet (or is not sure). */
export function aboutHeading(about: { credential?: string }, t: (key: PrintKey, params?: Record<string, string>) => string): string {
  return about.credential !== undefined ? t('about.heading', { credential: about.credential }) : t('about.general');
}

/** Plain text with the "(not confirmed)" mark after it when the fact behind it is unconfirmed. */
export function cautious(unconfirmed: boolean | undefined, body: string, lang: Lang, text: PrintText): string {
  return unconfirmed ? `${body} ${printString(text, 'unconfirmed.mark', lang)}` : body;
}
