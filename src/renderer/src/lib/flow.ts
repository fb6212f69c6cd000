import { PRINT_ERROR_KEYS as SHARED_PRINT_ERROR_KEYS } from '../../../shared/print-messages';
import { QUESTION_ORDER, type QuestionId } from '../../../shared/machine';
import { QUESTIONS } from '../../../shared/answers';
import type { PrintErrorType } from '../../../shared/ipc';
import type { UiKey } from './text';

/** What the screen shows, derived from the machine's state value (never kept separately). */
export type Screen =
  | { kind: 'attract' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'review' }
  | { kind: 'checklist'; phase: 'viewing' | 'printing' | 'printed' | 'failed' };

type StateValue = string | { [key: string]: StateValue };

const PHASES = ['viewing', 'printing', 'printed', 'failed'] as const;

/** Maps a kiosk machine state value to the screen to draw. */
export function screenOf(value: StateValue): Screen {
  if (typeof value === 'string') return { kind: 'attract' };
  const session = value.session;
  const flow = typeof session === 'object' ? session.flow : undefined;
  if (typeof flow === 'string') {
    if ((QUESTION_ORDER as readonly string[]).includes(flow)) return { kind: 'question', question: flow as QuestionId };
    if (flow === 'review') return { kind: 'review' };
  } else if (flow && typeof flow.checklist === 'string') {
    const phase = PHASES.find((p) => p === flow.checklist) ?? 'viewing';
    return { kind: 'checklist', phase };
  }
  // Transient routing states are never visible; fall back to the attract screen.
  return { kind: 'attract' };
}

/** A stable name per screen, used for focus moves, screenshots and tests. */
export function screenKey(s: Screen): string {
  switch (s.kind) {
    case 'attract':
    case 'review':
      return s.kind;
    case 'question':
      return s.question;
    case 'checklist':
      return s.phase === 'viewing' ? 'checklist' : s.phase;
  }
}

export function isIdleWarning(value: StateValue): boolean {
  return typeof value === 'object' && typeof value.session === 'object' && value.session.idle === 'warning';
}

/** "Start over? Your answers will be cleared." is open over the screen. */
export function isStartOverAsked(value: StateValue): boolean {
  return typeof value === 'object' && typeof value.session === 'object' && value.session.dialog === 'startOver';
}

/** Something is asked over the screen (Start over?, Are you still there?): the screen behind does nothing. */
export function isDialogOpen(value: StateValue): boolean {
  return isIdleWarning(value) || isStartOverAsked(value);
}

export { stepOf } from '../../../shared/steps';

/** The visitor message for each print failure (the shared table; every key must be in ui.json). */
export const PRINT_ERROR_KEYS = SHARED_PRINT_ERROR_KEYS satisfies Record<PrintErrorType, UiKey>;
