/**
 * The audio keys, on a keyboard or a keypad that sends keys (vxsuite's choice of letters):
 * A audio on/off (named on the welcome screen), R repeat, P pause, minus slower, plus
 * faster, H (or F1, or ?) help. Moving and choosing are the page's own keys: Tab and the
 * arrows move, Enter chooses, Escape goes back.
 */
export type AudioKey = 'toggle' | 'repeat' | 'pause' | 'slower' | 'faster' | 'help';

export function audioKeyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): AudioKey | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'a':
    case 'A':
      return 'toggle';
    case 'r':
    case 'R':
      return 'repeat';
    case 'p':
    case 'P':
      return 'pause';
    case '-':
    case '_':
      return 'slower';
    case '+':
    case '=':
      return 'faster';
    case 'h':
    case 'H':
    case '?':
    case 'F1':
      return 'help';
    default:
      return null;
  }
}

/** Keys that move focus: the control they land on is spoken. */
export const MOVE_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** The key each control shows beside its name. */
export const KEY_LABELS: Record<AudioKey, string> = {
  toggle: 'A',
  repeat: 'R',
  pause: 'P',
  slower: '−',
  faster: '+',
  help: 'H',
};
