import type { PrintErrorType, PrintOutcome } from '../../../shared/ipc';
import type { ExportError, PrinterListError } from '../../../shared/staff/contract';

/**
 * Staff-facing wording, built in and in English: the staff panel must work when the content
 * files (ui.json included) are refused — that is when staff need it most. Visitor-facing
 * text (the staff-assisted screen) stays in ui.json, in both languages.
 */
export const STAFF_PRINT_ERRORS: Record<PrintErrorType, string> = {
  'invalid-request': 'The print request was refused as malformed (see the staff log).',
  busy: 'Another print is running. Try again when it ends.',
  'no-printer-configured': 'No printer is chosen. Pick one under Printer.',
  'queue-missing': 'The chosen printer queue does not exist on this computer.',
  'queue-disabled': 'The printer queue is paused (disabled). Resume it in the printer settings (cupsenable).',
  'queue-rejecting': 'The printer queue is not accepting jobs (cupsaccept it).',
  'spooler-down': 'The printing service (CUPS) is not running.',
  'job-failed': 'The printer could not finish the page (paper, jam or driver).',
  'job-held': 'The job was held in the queue, so it was cancelled.',
  timeout: 'The printer did not finish in time, so the job was cancelled.',
  'render-failed': 'The page could not be laid out (see the staff log).',
};

export function describePrint(outcome: PrintOutcome, queue: string | null): string {
  if (outcome.ok) return `Printed on ${queue ?? 'the printer'} (job ${outcome.value.jobId}, ${(outcome.value.millis / 1000).toFixed(1)} s).`;
  return `Did not print: ${STAFF_PRINT_ERRORS[outcome.error.type]}`;
}

export const PRINTER_LIST_ERRORS: Record<PrinterListError['type'], string> = {
  'spooler-down': 'The printing service (CUPS) is not running, so no printers can be listed.',
  'query-failed': 'The printer list could not be read.',
};

export const EXPORT_ERRORS: Record<ExportError['type'], string> = {
  'folder-missing': 'That folder does not exist. Is the USB drive plugged in?',
  'not-a-folder': 'That path is a file, not a folder.',
  'not-writable': 'That folder cannot be written to (a read-only or locked drive?).',
  'write-failed': 'The file could not be written.',
};

export const LANG_NAMES = { en: 'English', es: 'Español' } as const;

export const PAPER_NAMES = { letter: 'Letter (8.5 × 11 in)', a4: 'A4', receipt80: '80 mm receipt roll' } as const;

export function seconds(n: number): string {
  if (n < 60 || n % 60 !== 0) return `${n} s`;
  return `${n / 60} min`;
}
