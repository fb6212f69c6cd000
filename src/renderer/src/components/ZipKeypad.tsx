import { useState } from 'react';
import { useKiosk } from '../kiosk-context';
import { isCompleteZip, pressKey, ZIP_LENGTH } from '../lib/zip';
import { TouchButton } from './TouchButton';
import { useSpokenZipDigits } from '../speech/audio-context';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Five-digit ZIP on an on-screen number pad: no physical keyboard on a kiosk. */
export function ZipKeypad({ initial, onDone }: { initial: string; onDone: (zip: string | null) => void }) {
  const { t } = useKiosk();
  const [zip, setZip] = useState(initial);
  const press = (key: string) => setZip((z) => pressKey(z, key));
  useSpokenZipDigits(zip);
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
      <div className="keypad" role="group" aria-label={t('zip.label')}>
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
        <TouchButton variant="secondary" onPress={() => onDone(null)} testId="zip-skip">
          {t('zip.skip')}
        </TouchButton>
        <TouchButton variant="primary" disabled={!isCompleteZip(zip)} onPress={() => onDone(zip)} testId="zip-continue">
          {t('zip.continue')}
        </TouchButton>
      </div>
    </div>
  );
}
