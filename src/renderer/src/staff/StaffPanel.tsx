import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/content/load';
import type { PublicSettings } from '../../../shared/ipc';
import type { StaffApi, StaffOverview } from '../../../shared/staff/contract';
import { TouchButton } from '../components/TouchButton';
import { AppTab } from './AppTab';
import { ContentTab } from './ContentTab';
import { KioskTab } from './KioskTab';
import { LogTab } from './LogTab';
import { PrinterTab } from './PrinterTab';
import { UsageTab } from './UsageTab';
import { useStaffIdle } from './use-staff-idle';

export const STAFF_TABS = [
  { id: 'printer', label: 'Printer' },
  { id: 'kiosk', label: 'Kiosk settings' },
  { id: 'usage', label: 'Usage' },
  { id: 'content', label: 'Content' },
  { id: 'log', label: 'Staff log' },
  { id: 'app', label: 'Exit app' },
] as const;
export type StaffTab = (typeof STAFF_TABS)[number]['id'];

export interface StaffPanelProps {
  api: StaffApi;
  content: Content | null;
  onClose: () => void;
  onQuit: () => void;
  onPublicSettings?: (settings: PublicSettings) => void;
  onStartAssisted?: () => void;
}

/** What every tab gets: the API, the latest overview, and a way to refresh it. */
export interface TabProps {
  api: StaffApi;
  overview: StaffOverview;
  content: Content | null;
  reload: () => Promise<void>;
  /** Main refused a call: the staff session is over. */
  expired: () => void;
}

/**
 * The staff panel: printer, kiosk settings, usage counts, content status, the staff log and
 * exiting the app, plus starting a staff-assisted session. Everything it shows comes from
 * main (staff.overview); every change goes back through main, which checks it.
 */
export function StaffPanel({ api, content, onClose, onQuit, onPublicSettings, onStartAssisted }: StaffPanelProps) {
  const [tab, setTab] = useState<StaffTab>('printer');
  const [overview, setOverview] = useState<StaffOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    try {
      const r = await api.overview();
      if (r.ok) setOverview(r.value);
      else if (r.error.type === 'not-in-staff-mode') onClose();
      else setProblem(r.error.detail);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }, [api, onClose]);
  useEffect(() => {
    void reload();
    heading.current?.focus();
  }, [reload]);

  const keepAlive = useCallback(async () => {
    try {
      return (await api.keepAlive()).ok;
    } catch {
      return false;
    }
  }, [api]);
  const isOpen = useCallback(async () => {
    try {
      return (await api.status()).open;
    } catch {
      return false;
    }
  }, [api]);
  const left = useStaffIdle({ keepAlive, isOpen, onExpired: onClose });

  const props = overview ? { api, overview, content, reload, expired: onClose } : null;
  const kioskLine = overview ? [overview.settings.kioskName, overview.settings.kioskLocation].filter(Boolean).join(' — ') : '';

  return (
    <div className="staff-overlay staff-panel" role="dialog" aria-modal="true" aria-labelledby="staff-title" data-testid="staff-panel" data-tab={tab}>
      <header className="staff-head">
        <div className="staff-title">
          <h2 id="staff-title" ref={heading} tabIndex={-1}>
            Staff panel
          </h2>
          <p className="staff-kiosk">{kioskLine || 'Kiosk name not set'}</p>
        </div>
        <p className={left < 30_000 ? 'staff-timer soon' : 'staff-timer'} role={left < 30_000 ? 'alert' : undefined} data-testid="staff-timer">
          {left < 30_000 ? `Closing in ${Math.ceil(left / 1000)} s. Touch to stay.` : 'Closes after 2 min without a touch.'}
        </p>
        <div className="staff-head-actions">
          {onStartAssisted ? (
            <TouchButton variant="primary" onPress={onStartAssisted} testId="staff-start-assisted">
              Start a staff-assisted session
            </TouchButton>
          ) : null}
          <TouchButton variant="secondary" onPress={onClose} testId="staff-close">
            Close staff mode
          </TouchButton>
        </div>
      </header>
      <nav className="staff-tabs" aria-label="Staff panel sections">
        {STAFF_TABS.map((t) => (
          <TouchButton key={t.id} variant="quiet" className="staff-tab" pressed={tab === t.id} onPress={() => setTab(t.id)} testId={`staff-tab-${t.id}`}>
            {t.label}
          </TouchButton>
        ))}
      </nav>
      {/* Scrolls; focusable so a keyboard can scroll it even where a tab has no controls. */}
      <div className="staff-body" role="region" aria-label={`Staff panel: ${STAFF_TABS.find((t) => t.id === tab)?.label ?? tab}`} tabIndex={0} data-testid={`staff-body-${tab}`}>
        {overview && overview.settingsProblems.length > 0 ? (
          <div className="staff-warning" role="alert" data-testid="settings-problems">
            <strong>The settings file had problems; these settings use their defaults:</strong>
            <ul>
              {overview.settingsProblems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {problem ? <p className="staff-outcome bad">{problem}</p> : null}
        {!props ? (
          <p className="staff-lead">Loading…</p>
        ) : tab === 'printer' ? (
          <PrinterTab {...props} />
        ) : tab === 'kiosk' ? (
          <KioskTab {...props} {...(onPublicSettings ? { onPublicSettings } : {})} />
        ) : tab === 'usage' ? (
          <UsageTab {...props} />
        ) : tab === 'content' ? (
          <ContentTab {...props} />
        ) : tab === 'log' ? (
          <LogTab {...props} />
        ) : (
          <AppTab {...props} onQuit={onQuit} />
        )}
      </div>
    </div>
  );
}
