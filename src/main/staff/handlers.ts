import type { z } from 'zod';
import { STAFF_CHANNELS } from '../../shared/channels';
import type { Content } from '../../shared/content/load';
import type { ContentLoadResult, PaperSize, PrintOutcome } from '../../shared/ipc';
import { err, ok } from '../../shared/result';
import { contentInfo } from '../../shared/staff/content-info';
import {
  ChangePinRequestSchema,
  ExportRequestSchema,
  type EnterResult,
  type ExportOutcome,
  type StaffOverview,
  type StaffPrintOutcome,
  type StaffRefusal,
} from '../../shared/staff/contract';
import { csvFileName, usageCsv } from '../../shared/staff/csv';
import { renderTestPageHtml, renderUsageReportHtml, usageLabeler } from '../../shared/staff/documents';
import { parseSettingsChange, type StaffSettingField } from '../../shared/staff/settings';
import { daysBefore, usageDays, type UsageCounts, type UsageDimension } from '../../shared/staff/usage';
import type { Exec } from '../printer/exec';
import type { StaffLog } from '../staff-log';
import { listExportTargets, writeExport } from './export';
import type { StaffGate } from './gate';
import { readLogTail } from './log-tail';
import { hashPin } from './pin-hash';
import { listPrinterQueues } from './printers';
import { publicView, staffView, type SettingsStore } from './settings-store';

/**
 * Staff mode's IPC handlers, free of Electron (tested directly, like ipc-handlers.ts). Every
 * handler but status and enter first asks the gate whether a staff session is open, and each
 * call made in one keeps it open. Arguments are checked with the shared schemas; nothing
 * throws across IPC.
 */
export interface StaffDeps {
  gate: StaffGate;
  settings: SettingsStore;
  /** Problems found reading the settings file at start (for the panel's warning). */
  settingsProblems: () => string[];
  content: ContentLoadResult;
  usage: { snapshot(): UsageCounts };
  /** The kiosk's local date, YYYY-MM-DD (the usage counter's day). */
  today: () => string;
  now: () => Date;
  logFile: string;
  log: StaffLog;
  exec: Exec;
  /** Prints a staff page through the kiosk's printer module, to the printer in the settings now. */
  printDocument: (html: string, job: { title: string; paper: PaperSize }) => Promise<PrintOutcome>;
  /** Lets the app quit (the allow-quit switch) and quits; undefined where it cannot. */
  quit?: () => void;
  exportTargets?: typeof listExportTargets;
}

export type StaffHandler = (...args: unknown[]) => Promise<unknown>;
type StaffChannel = (typeof STAFF_CHANNELS)[keyof typeof STAFF_CHANNELS];

export const USAGE_DAYS_SHOWN = 30;
/** The CSV holds every stored day up to this many (two years). */
export const USAGE_DAYS_EXPORTED_MAX = 731;

export function contentIds(content: ContentLoadResult): Record<UsageDimension, string[]> {
  if (!content.ok) return { task: [], region: [], beneficiary: [] };
  const c: Content = content.value;
  return {
    task: c.tasks.map((t) => t.id),
    region: [
      ...c.regions.states.map((s) => s.code),
      ...c.regions.territories.map((t) => t.code),
      ...c.regions.overseasAreas.map((a) => a.id),
      'unsure',
    ],
    beneficiary: c.beneficiaries.map((b) => b.id),
  };
}

export function createStaffHandlers(deps: StaffDeps): Record<StaffChannel, StaffHandler> {
  const { gate, log } = deps;
  const notOpen: StaffRefusal = { type: 'not-in-staff-mode' };

  /** Runs `fn` only inside an open staff session (and counts the call as staff activity). */
  const staffOnly =
    <A extends unknown[], T>(channel: string, fn: (...args: A) => Promise<T>) =>
    async (...args: unknown[]) => {
      if (!gate.session.isOpen()) {
        log('warn', `IPC ${channel}: refused outside staff mode`);
        return err(notOpen);
      }
      gate.session.touch();
      return fn(...(args as A));
    };

  const invalid = (channel: string, e: z.ZodError) => {
    const detail = e.issues.map((i) => i.message).join('; ');
    log('warn', `IPC ${channel}: refused a malformed message (${detail})`);
    return err({ type: 'invalid-request' as const, detail });
  };

  const content = deps.content.ok ? deps.content.value : null;
  const label = usageLabeler(content);

  const printWith = async (title: string, html: (paper: PaperSize) => string): Promise<StaffPrintOutcome> => {
    const s = deps.settings.get();
    const queue = s.printer ?? null;
    if (!queue) return { outcome: err({ type: 'no-printer-configured' }), queue };
    try {
      return { outcome: await deps.printDocument(html(s.paper), { title, paper: s.paper }), queue };
    } catch (e) {
      log('error', `staff print "${title}" threw: ${e instanceof Error ? e.message : String(e)}`);
      return { outcome: err({ type: 'render-failed', detail: String(e) }), queue };
    }
  };

  return {
    [STAFF_CHANNELS.status]: async () => gate.status(),

    [STAFF_CHANNELS.enter]: async (pin): Promise<EnterResult> => gate.enter(pin),

    [STAFF_CHANNELS.exit]: async () => {
      gate.exit();
    },

    [STAFF_CHANNELS.keepAlive]: staffOnly(STAFF_CHANNELS.keepAlive, async () => ok({ remainingMs: gate.session.remainingMs() })),

    [STAFF_CHANNELS.overview]: staffOnly(STAFF_CHANNELS.overview, async () => {
      const today = deps.today();
      const overview: StaffOverview = {
        settings: staffView(deps.settings.get()),
        settingsProblems: deps.settingsProblems(),
        content: contentInfo(deps.content, today),
        log: readLogTail(deps.logFile, 40),
        usage: { today, days: usageDays(deps.usage.snapshot(), today, USAGE_DAYS_SHOWN) },
        canQuit: deps.quit !== undefined,
      };
      return ok(overview);
    }),

    [STAFF_CHANNELS.printers]: staffOnly(STAFF_CHANNELS.printers, async () =>
      listPrinterQueues(deps.exec, deps.settings.get().printer ?? null),
    ),

    [STAFF_CHANNELS.updateSettings]: staffOnly(STAFF_CHANNELS.updateSettings, async (raw: unknown) => {
      const { change, errors } = parseSettingsChange(raw);
      for (const e of errors) log('warn', `staff settings: refused ${e.field}: ${e.message}`);
      const fields = Object.keys(change) as StaffSettingField[];
      if (fields.length === 0) return err({ type: 'nothing-valid' as const, errors });
      const before = staffView(deps.settings.get());
      const report = deps.settings.update(change);
      const after = staffView(report.settings);
      log('info', `staff changed settings: ${fields.map((f) => `${f} ${JSON.stringify(before[f])} → ${JSON.stringify(after[f])}`).join(', ')}`);
      if (!report.saved) log('error', `settings not saved (the change holds until restart): ${report.problem ?? 'unknown error'}`);
      return ok({
        settings: after,
        public: publicView(report.settings),
        errors,
        saved: report.saved,
        ...(report.problem ? { saveProblem: report.problem } : {}),
      });
    }),

    [STAFF_CHANNELS.changePin]: staffOnly(STAFF_CHANNELS.changePin, async (raw: unknown) => {
      const pin = ChangePinRequestSchema.safeParse(raw);
      if (!pin.success) return invalid(STAFF_CHANNELS.changePin, pin.error);
      const report = deps.settings.setPinHash(await hashPin(pin.data));
      log(report.saved ? 'info' : 'error', report.saved ? 'staff PIN changed' : `staff PIN changed for this run only; not saved: ${report.problem}`);
      return report.saved ? ok({ saved: true }) : err({ type: 'save-failed' as const, detail: report.problem ?? 'unknown error' });
    }),

    [STAFF_CHANNELS.printTestPage]: staffOnly(STAFF_CHANNELS.printTestPage, async () => {
      const s = deps.settings.get();
      const version = deps.content.ok ? contentInfo(deps.content, deps.today()).version : null;
      return ok(
        await printWith('Kiosk printer test page', (paper) =>
          renderTestPageHtml({ kioskName: s.kioskName, kioskLocation: s.kioskLocation, queue: s.printer ?? '', paper, printedAt: deps.now(), contentVersion: version }),
        ),
      );
    }),

    [STAFF_CHANNELS.printUsageReport]: staffOnly(STAFF_CHANNELS.printUsageReport, async () => {
      const s = deps.settings.get();
      const days = usageDays(deps.usage.snapshot(), deps.today(), USAGE_DAYS_SHOWN);
      return ok(
        await printWith('Kiosk usage report', (paper) =>
          renderUsageReportHtml({ kioskName: s.kioskName, kioskLocation: s.kioskLocation, days, printedAt: deps.now(), paper, label }),
        ),
      );
    }),

    [STAFF_CHANNELS.exportTargets]: staffOnly(STAFF_CHANNELS.exportTargets, async () => ok((deps.exportTargets ?? listExportTargets)())),

    [STAFF_CHANNELS.exportCsv]: staffOnly(STAFF_CHANNELS.exportCsv, async (raw: unknown) => {
      const dir = ExportRequestSchema.safeParse(raw);
      if (!dir.success) return invalid(STAFF_CHANNELS.exportCsv, dir.error);
      const s = deps.settings.get();
      const counts = deps.usage.snapshot();
      const today = deps.today();
      const first = Object.keys(counts).filter((d) => d <= today).sort()[0] ?? today;
      const span = Math.min(USAGE_DAYS_EXPORTED_MAX, daysBetween(first, today) + 1);
      const days = usageDays(counts, today, Math.max(span, 1));
      const csv = usageCsv(days, { kioskName: s.kioskName, kioskLocation: s.kioskLocation, ids: contentIds(deps.content) });
      const written = writeExport(dir.data, csvFileName(days, s.kioskName), csv);
      if (!written.ok) {
        log('error', `usage export to ${dir.data} failed: ${written.error.type} — ${written.error.detail}`);
        return written;
      }
      log('info', `usage exported: ${written.value} (${days.length} days)`);
      const outcome: ExportOutcome = { file: written.value, days: days.length };
      return ok(outcome);
    }),

    [STAFF_CHANNELS.quitApp]: staffOnly(STAFF_CHANNELS.quitApp, async () => {
      if (!deps.quit) return ok({ quitting: false });
      log('info', 'staff closed the kiosk app');
      gate.exit();
      // Answer first, then quit, so the renderer hears back before the window goes.
      setTimeout(() => deps.quit?.(), 50);
      return ok({ quitting: true });
    }),
  };
}

function daysBetween(a: string, b: string): number {
  let n = 0;
  while (daysBefore(b, n) > a && n < USAGE_DAYS_EXPORTED_MAX) n++;
  return n;
}
