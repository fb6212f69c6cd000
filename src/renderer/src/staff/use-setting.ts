import { useState } from 'react';
import type { PublicSettings } from '../../../shared/ipc';
import type { StaffApi } from '../../../shared/staff/contract';
import type { StaffSettingsChange } from '../../../shared/staff/settings';

export interface SettingMessage {
  text: string;
  bad: boolean;
}

/**
 * Sends one settings change to main and reports, per field, what happened: applied (and
 * saved, or only for this run), or refused with main's reason. On success the new public
 * settings go to the running machine at once.
 */
export function useSettingChange(opts: {
  api: StaffApi;
  reload: () => Promise<void>;
  expired: () => void;
  onPublicSettings?: (s: PublicSettings) => void;
}) {
  const [messages, setMessages] = useState<Record<string, SettingMessage>>({});
  const [busy, setBusy] = useState(false);

  const change = async (c: StaffSettingsChange | Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      const r = await opts.api.updateSettings(c);
      const fields = Object.keys(c);
      if (!r.ok) {
        if (r.error.type === 'not-in-staff-mode') {
          opts.expired();
          return false;
        }
        const errors = r.error.type === 'nothing-valid' ? r.error.errors : [{ field: fields[0] ?? '(change)', message: r.error.detail }];
        setMessages((m) => ({ ...m, ...Object.fromEntries(errors.map((e) => [e.field, { text: `Not changed: ${e.message}`, bad: true }])) }));
        return false;
      }
      const { errors, saved, saveProblem } = r.value;
      const next: Record<string, SettingMessage> = {};
      for (const f of fields) {
        next[f] = saved ? { text: 'Saved.', bad: false } : { text: `Applied, but not saved (lost at restart): ${saveProblem ?? ''}`, bad: true };
      }
      for (const e of errors) next[e.field] = { text: `Not changed: ${e.message}`, bad: true };
      setMessages((m) => ({ ...m, ...next }));
      opts.onPublicSettings?.(r.value.public);
      await opts.reload();
      return errors.length === 0;
    } finally {
      setBusy(false);
    }
  };
  return { change, messages, busy };
}
