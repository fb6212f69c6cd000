import { useEffect, useRef, useState } from 'react';
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../shared/staff/pin';
import { TouchButton } from '../components/TouchButton';
import { useNow } from './use-now';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface PinPadProps {
  title: string;
  lead: string;
  /** Checks the PIN; resolves to an error message (and how long to wait) or null when accepted. */
  onSubmit: (pin: string) => Promise<{ message: string; retryAt?: number } | null>;
  onCancel: () => void;
  /** A wait already running when the pad opens (wrong PINs earlier). */
  retryAt?: number;
  submitLabel?: string;
  testId?: string;
}

/**
 * The on-screen PIN keypad (no physical keyboard on a kiosk). Digits show as dots; Enter is
 * off until 6 digits, and off while a wait after a wrong PIN runs (main refuses early tries
 * anyway — this only says so). The PIN is kept in this component until sent, then cleared.
 */
export function PinPad({ title, lead, onSubmit, onCancel, retryAt: initialRetry, submitLabel = 'Enter', testId = 'pin-pad' }: PinPadProps) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState(initialRetry ?? 0);
  const now = useNow(250);
  const wait = Math.max(0, Math.ceil((retryAt - now) / 1000));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const press = (k: string) => {
    setError(null);
    setPin((p) => (k === 'delete' ? p.slice(0, -1) : p.length >= PIN_MAX_DIGITS ? p : p + k));
  };
  const submit = async () => {
    setBusy(true);
    const sent = pin;
    setPin('');
    try {
      const result = await onSubmit(sent);
      if (result) {
        setError(result.message);
        if (result.retryAt) setRetryAt(result.retryAt);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="staff-overlay" role="dialog" aria-modal="true" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="staff-card pin-card">
        <h2 id={`${testId}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p className="staff-lead">{lead}</p>
        <div className="pin-display" role="status" aria-label={`${pin.length} digits entered`} data-testid="pin-display">
          {Array.from({ length: Math.max(PIN_MIN_DIGITS, pin.length) }, (_, i) => (
            <span key={i} className={i < pin.length ? 'pin-dot filled' : 'pin-dot'} aria-hidden="true" />
          ))}
        </div>
        <p className="pin-message" role="alert" data-testid="pin-message">
          {error ?? ''}
          {wait > 0 ? ` Try again in ${wait} s.` : ''}
        </p>
        <div className="pin-keys" role="group" aria-label="PIN keypad">
          {KEYS.map((k) => (
            <TouchButton key={k} variant="key" onPress={() => press(k)} disabled={busy} testId={`pin-key-${k}`}>
              {k}
            </TouchButton>
          ))}
          <TouchButton variant="key" className="pin-delete" onPress={() => press('delete')} disabled={busy || pin.length === 0} testId="pin-key-delete">
            Delete
          </TouchButton>
          <TouchButton variant="key" onPress={() => press('0')} disabled={busy} testId="pin-key-0">
            0
          </TouchButton>
          <TouchButton
            variant="primary"
            className="pin-enter"
            onPress={() => void submit()}
            disabled={busy || wait > 0 || pin.length < PIN_MIN_DIGITS}
            testId="pin-enter"
          >
            {busy ? 'Checking…' : submitLabel}
          </TouchButton>
        </div>
        <TouchButton variant="secondary" onPress={onCancel} testId="pin-cancel">
          Cancel
        </TouchButton>
      </div>
    </div>
  );
}
