import { useCallback, useEffect, useState } from 'react';
import type { Content } from '../../../shared/content/load';
import type { PublicSettings } from '../../../shared/ipc';
import type { StaffApi } from '../../../shared/staff/contract';
import { TouchButton } from '../components/TouchButton';
import { HoldCorner } from './HoldCorner';
import { PinPad } from './PinPad';
import { StaffPanel } from './StaffPanel';
import './staff.css';

/** The PIN pad closes by itself after this long untouched. */
const PIN_PAD_IDLE_MS = 30_000;

export interface StaffLayerProps {
  api: StaffApi;
  /** The loaded content (labels for counts, the assisted session); null on the out-of-service screen. */
  content: Content | null;
  onOpenChange?: (open: boolean) => void;
  /** New idle time / default language for the running machine. */
  onPublicSettings?: (settings: PublicSettings) => void;
  /** Starts a staff-assisted session (absent without content). */
  onStartAssisted?: () => void;
}

type Mode = { kind: 'closed' } | { kind: 'pin'; retryAt: number } | { kind: 'no-pin' } | { kind: 'panel' } | { kind: 'quitting' };

/**
 * Staff mode over whatever the kiosk shows: the hidden corner, the PIN pad, the panel. It
 * holds no secret and decides nothing: main checks the PIN, the wait after wrong ones and
 * the session; this layer only draws what main answers.
 */
export function StaffLayer({ api, content, onOpenChange, onPublicSettings, onStartAssisted }: StaffLayerProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const open = mode.kind !== 'closed';
  useEffect(() => onOpenChange?.(open), [open, onOpenChange]);

  const close = useCallback(() => {
    setMode({ kind: 'closed' });
    void api.exit().catch(() => undefined);
  }, [api]);

  // The PIN pad and the no-PIN note close on their own if left alone.
  useEffect(() => {
    if (mode.kind !== 'pin' && mode.kind !== 'no-pin') return;
    let timer = window.setTimeout(close, PIN_PAD_IDLE_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(close, PIN_PAD_IDLE_MS);
    };
    window.addEventListener('pointerdown', touched, true);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', touched, true);
    };
  }, [mode.kind, close]);

  const onHold = async () => {
    try {
      const status = await api.status();
      setMode(status.pinSet ? { kind: 'pin', retryAt: Date.now() + status.retryInMs } : { kind: 'no-pin' });
    } catch {
      setMode({ kind: 'no-pin' });
    }
  };

  const enter = async (pin: string) => {
    const r = await api.enter(pin);
    if (r.ok) {
      setMode({ kind: 'panel' });
      return null;
    }
    switch (r.error.type) {
      case 'no-pin-set':
        setMode({ kind: 'no-pin' });
        return null;
      case 'wrong-pin':
        return { message: 'Wrong PIN.', retryAt: Date.now() + r.error.retryInMs };
      case 'locked':
        return { message: 'Too many wrong PINs.', retryAt: Date.now() + r.error.retryInMs };
    }
  };

  return (
    <>
      <HoldCorner onHold={() => void onHold()} disabled={open} />
      {mode.kind === 'pin' ? (
        <PinPad title="Staff sign-in" lead="Enter the staff PIN." onSubmit={enter} onCancel={close} retryAt={mode.retryAt} />
      ) : null}
      {mode.kind === 'no-pin' ? <NoPinNote onClose={close} /> : null}
      {mode.kind === 'panel' ? (
        <StaffPanel
          api={api}
          content={content}
          onClose={close}
          onQuit={() => setMode({ kind: 'quitting' })}
          {...(onPublicSettings ? { onPublicSettings } : {})}
          {...(onStartAssisted
            ? {
                onStartAssisted: () => {
                  close();
                  onStartAssisted();
                },
              }
            : {})}
        />
      ) : null}
      {mode.kind === 'quitting' ? (
        <div className="staff-overlay" role="alertdialog" aria-modal="true" aria-labelledby="quitting-title" data-testid="staff-quitting">
          <div className="staff-card">
            <h2 id="quitting-title">The kiosk app is closing…</h2>
            <p className="staff-lead">Start the kiosk app again to bring the kiosk back.</p>
          </div>
        </div>
      ) : null}
    </>
  );
}

/** Staff mode without a PIN: say how an administrator sets one, rather than let anyone set it here. */
function NoPinNote({ onClose }: { onClose: () => void }) {
  return (
    <div className="staff-overlay" role="dialog" aria-modal="true" aria-labelledby="no-pin-title" data-testid="staff-no-pin">
      <div className="staff-card">
        <h2 id="no-pin-title" tabIndex={-1}>
          No staff PIN is set on this kiosk
        </h2>
        <p className="staff-lead">
          Staff mode needs a PIN, and a PIN cannot be set from this screen (anyone standing here could set it). An administrator sets it in the
          kiosk&apos;s settings file:
        </p>
        <ol className="staff-steps">
          <li>
            Open <code>settings.json</code> in the kiosk&apos;s user-data folder (see the operator guide).
          </li>
          <li>
            Add <code>&quot;staffPin&quot;: &quot;</code>
            <em>6 to 12 digits</em>
            <code>&quot;</code>.
          </li>
          <li>Restart the kiosk app. It replaces the PIN in the file with a salted hash of it.</li>
        </ol>
        <TouchButton variant="primary" onPress={onClose} testId="no-pin-close">
          Close
        </TouchButton>
      </div>
    </div>
  );
}
