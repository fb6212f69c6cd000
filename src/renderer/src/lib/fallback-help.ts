/**
 * The help lines the out-of-service screen shows. Built in, in both languages, because that
 * screen appears exactly when the content files cannot be trusted. They copy entries of
 * data/help-lines.json (by id); a unit test fails when the two disagree, so a number that
 * changes in content must change here too.
 */
export interface FallbackHelpLine {
  /** The help-lines.json id this copies. */
  id: string;
  name: { en: string; es: string };
  phone: string;
}

export const FALLBACK_HELP_LINES: readonly FallbackHelpLine[] = [
  { id: 'humana-military', name: { en: 'TRICARE East (Humana Military)', es: 'TRICARE Este (Humana Military)' }, phone: '1-800-444-5445' },
  { id: 'triwest', name: { en: 'TRICARE West (TriWest)', es: 'TRICARE Oeste (TriWest)' }, phone: '1-888-874-9378' },
  {
    id: 'dmdc',
    name: { en: 'DEERS records and sign-in help (DMDC)', es: 'Registro DEERS y ayuda para iniciar sesión (DMDC)' },
    phone: '1-800-538-9552',
  },
];
