import { createContext, useContext } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { Content } from '../../shared/content/load';
import type { Lang } from '../../shared/i18n';
import type { KioskEvent, KioskMachine } from '../../shared/machine';
import type { Plan } from '../../shared/plan/types';
import type { Translate } from './lib/text';

/** What every screen reads: the content, the machine's snapshot and send, and the wording. */
export interface Kiosk {
  content: Content;
  snapshot: SnapshotFrom<KioskMachine>;
  send: (event: KioskEvent) => void;
  lang: Lang;
  t: Translate;
  /** The visitor's plan, once all questions are answered (review and after). */
  plan: Plan | null;
  /** A screen swapped in a sub-view of its own (a list, the keypad): guard against ghost taps again. */
  newSubView: () => void;
}

export const KioskContext = createContext<Kiosk | null>(null);

export function useKiosk(): Kiosk {
  const k = useContext(KioskContext);
  if (!k) throw new Error('useKiosk outside <KioskContext>');
  return k;
}
