import { useRef, useState } from 'react';
import type { State } from '../../../shared/content/schema';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { useKiosk } from '../kiosk-context';
import { pressKey, zipProblem, ZIP_LENGTH } from '../lib/zip';
import { TouchButton } from './TouchButton';
import { useSpokenZipDigits } from '../speech/audio-context';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Five-digit ZIP on an on-screen number pad (no physical keyboard on a kiosk). Continue stays
 * off until the ZIP is whole and belongs to the chosen state (its first three digits, from
 * zip-prefixes.json), and the line beside it says why ("Enter all 5 digits", "That ZIP is not
 * in Arkansas").
 */
export function ZipKeypad({ initial, state, onDone }: { initial: string; state: State; onDone: (zip: string | null) => void }) {
  const { t, lang, content } = useKiosk();
  const [zip, setZip] = useState(initial);
  const keypad = useRef<HTMLDivElement>(null);
  useRovingFocus(keypad);
  const press = (key: string) => setZip((z) => pressKey(z, key));
  useSpokenZipDigits(zip);
  const problem = zipProblem(zip, state.code, content.zipPrefixes);
  const reason =
    problem === 'incomplete' ? t('zip.needFive') : problem === 'not-in-state' ? t('zip.notInState', { state: state.name[lang] }) : '';
  return (
    <div className="zip">
      <div className="zip-display" role="status" aria-label={t('zip.label')} data-testid="zip-display">
        {Array.from({ length: ZIP_LENGTH }, (_, i) => (
          <span key={i} className={zip[i] ? 'zip-digit filled' : 'zip-digit'} aria-hidden="true">
            {zip[i] ?? ''}
          </span>
        ))}
        <span className="sr-only">{zip ? zip.split('').join(' ') : t('zip.empty')}</span>
      </div>
      <div ref={keypad} className="keypad" role="group" aria-label={t('zip.label')}>
        {KEYS.map((k) => (
          <TouchButton key={k} variant="key" onPress={() => press(k)} testId={`key-${k}`}>
            {k}
          </TouchButton>
        ))}
        <TouchButton variant="key" className="key-delete" onPress={() => press('delete')} disabled={zip.length === 0} testId="key-delete">
          {t('zip.delete')}
        </TouchButton>
        <TouchButton variant="key" onPress={() => press('0')} testId="key-0">
          0
        </TouchButton>
        <span aria-hidden="true" />
      </div>
      <div className="zip-actions">
        <p
          id="zip-reason"
          className={problem === 'not-in-state' ? 'zip-reason zip-reason-wrong' : 'zip-reason'}
          aria-live="polite"
          data-testid="zip-reason"
        >
          {reason}
        </p>
        <TouchButton
          variant="primary"
          disabled={problem !== null}
          onPress={() => onDone(zip)}
          ariaLabel={reason ? `${t('zip.continue')}: ${reason}` : undefined}
          testId="zip-continue"
        >
          {t('zip.continue')}
        </TouchButton>
        <TouchButton variant="secondary" onPress={() => onDone(null)} testId="zip-skip">
          {t('zip.skip')}
        </TouchButton>
      </div>
    </div>
  );
}
