import { useState } from 'react';
import { TouchButton } from '../components/TouchButton';
import { Outcome, StaffSection } from './parts';
import type { TabProps } from './StaffPanel';

/** Closing the kiosk app (for maintenance), behind a second, explicit confirmation. */
export function AppTab({ api, overview, expired, onQuit }: TabProps & { onQuit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const quit = async () => {
    const r = await api.quitApp();
    if (!r.ok) {
      if (r.error.type === 'not-in-staff-mode') expired();
      else setNote(r.error.detail);
      return;
    }
    if (r.value.quitting) onQuit();
    else setNote('This kiosk cannot close itself from here.');
  };
  return (
    <StaffSection title="Exit the kiosk app" testId="staff-exit">
      <p className="staff-lead">
        Closes the kiosk window, for maintenance. The computer&apos;s desktop is then on the screen, so stay with the kiosk until it is started again.
      </p>
      {!overview.canQuit ? (
        <p className="staff-lead">Only the kiosk app can be closed this way.</p>
      ) : confirming ? (
        <div className="staff-confirm" role="group" aria-label="Confirm closing the app">
          <p className="staff-lead">
            <strong>Close the kiosk app now?</strong>
          </p>
          <div className="staff-inline-actions">
            <TouchButton variant="secondary" onPress={() => setConfirming(false)} testId="quit-cancel">
              Keep it running
            </TouchButton>
            <TouchButton variant="primary" className="danger" onPress={() => void quit()} testId="quit-confirm">
              Close the app
            </TouchButton>
          </div>
        </div>
      ) : (
        <TouchButton variant="secondary" onPress={() => setConfirming(true)} testId="quit-app">
          Close the kiosk app…
        </TouchButton>
      )}
      <Outcome text={note} bad testId="quit-message" />
    </StaffSection>
  );
}
