import { useMemo } from 'react';
import { checklistPlainText } from '../../../shared/checklist/plain';
import { useKiosk } from '../kiosk-context';

/** The whole checklist as plain text (for the take-it-on-your-phone QR), exactly as the printout's QR holds it. */
export function useChecklistText(): string | null {
  const { plan, lang, content } = useKiosk();
  return useMemo(() => (plan ? checklistPlainText(plan, lang, content.printText) : null), [plan, lang, content.printText]);
}
