import type { PrintErrorType } from './ipc';

/**
 * The ui.json key of the visitor message for each print failure: one table for the failure
 * screen and for speech, so the words heard are the words shown. A new error type does not
 * compile until it is worded here (and the renderer checks each key exists in ui.json).
 */
export const PRINT_ERROR_KEYS = {
  'invalid-request': 'failed.invalidRequest',
  busy: 'failed.busy',
  'no-printer-configured': 'failed.noPrinterConfigured',
  'queue-missing': 'failed.queueMissing',
  'queue-disabled': 'failed.queueDisabled',
  'queue-rejecting': 'failed.queueRejecting',
  'spooler-down': 'failed.spoolerDown',
  'job-failed': 'failed.jobFailed',
  'job-held': 'failed.jobHeld',
  timeout: 'failed.timeout',
  'render-failed': 'failed.renderFailed',
} as const satisfies Record<PrintErrorType, string>;
