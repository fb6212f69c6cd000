import { useEffect, useRef, useState } from 'react';
import { TouchButton } from '../components/TouchButton';

const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
const DIGITS = '1234567890';
/** Extra keys per use: a kiosk name or location, or a folder path. */
const EXTRA = {
  text: ['.', ',', "'", '#', '&', '(', ')', '/', ':', '-'],
  path: ['/', '.', '-', '_', ':', '\\'],
} as const;

export interface TextKeyboardProps {
  title: string;
  lead?: string;
  initial: string;
  maxLength: number;
  keys: keyof typeof EXTRA;
  /** Returns an error to show, or null when the text was accepted. */
  onDone: (text: string) => Promise<string | null> | string | null;
  onCancel: () => void;
  doneLabel?: string;
  testId?: string;
}

/**
 * An on-screen keyboard for the few things staff type (kiosk name and location, a folder
 * path). The page has no text fields at all (a visitor can never type free text, and no
 * system keyboard or file dialog opens), so staff get these keys instead.
 */
export function TextKeyboard({ title, lead, initial, maxLength, keys, onDone, onCancel, doneLabel = 'Save', testId = 'text-keyboard' }: TextKeyboardProps) {
  const [text, setText] = useState(initial);
  const [shift, setShift] = useState(keys === 'text' && initial === '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const type = (c: string) => {
    setError(null);
    setText((t) => (t.length >= maxLength ? t : t + c));
    if (shift) setShift(false);
  };
  const key = (c: string) => {
    const shown = shift ? c.toUpperCase() : c;
    return (
      <TouchButton key={c} variant="key" onPress={() => type(shown)} testId={`kb-${c}`}>
        {shown}
      </TouchButton>
    );
  };
  const done = async () => {
    setBusy(true);
    try {
      setError(await onDone(text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="staff-overlay" role="dialog" aria-modal="true" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="staff-card keyboard-card">
        <h2 id={`${testId}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {lead ? <p className="staff-lead">{lead}</p> : null}
        <p className="kb-display" role="status" aria-label={`${title}: ${text || 'empty'}`} data-testid="kb-display">
          <span>{text}</span>
          <span className="kb-caret" aria-hidden="true" />
        </p>
        <p className="kb-count">
          {text.length} / {maxLength}
        </p>
        <p className="pin-message" role="alert" data-testid="kb-message">
          {error ?? ''}
        </p>
        <div className="kb-rows" role="group" aria-label="Keyboard">
          <div className="kb-row">{DIGITS.split('').map(key)}</div>
          {LETTER_ROWS.map((row) => (
            <div className="kb-row" key={row}>
              {row.split('').map(key)}
            </div>
          ))}
          <div className="kb-row">{EXTRA[keys].map((c) => key(c))}</div>
          <div className="kb-row">
            <TouchButton variant="key" className="kb-wide" pressed={shift} onPress={() => setShift((s) => !s)} testId="kb-shift">
              Shift
            </TouchButton>
            <TouchButton variant="key" className="kb-space" onPress={() => type(' ')} testId="kb-space">
              Space
            </TouchButton>
            <TouchButton variant="key" className="kb-wide" onPress={() => setText((t) => t.slice(0, -1))} disabled={text === ''} testId="kb-delete">
              Delete
            </TouchButton>
            <TouchButton
              variant="key"
              className="kb-wide"
              onPress={() => {
                setText('');
                setShift(keys === 'text');
              }}
              disabled={text === ''}
              testId="kb-clear"
            >
              Clear
            </TouchButton>
          </div>
        </div>
        <div className="staff-actions">
          <TouchButton variant="secondary" onPress={onCancel} testId="kb-cancel">
            Cancel
          </TouchButton>
          <TouchButton variant="primary" onPress={() => void done()} disabled={busy} testId="kb-done">
            {doneLabel}
          </TouchButton>
        </div>
      </div>
    </div>
  );
}
