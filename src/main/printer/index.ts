/**
 * The printer module, free of Electron so it runs (and is tested) under plain Node. The
 * Electron renderers live in ./electron-pdf, imported only by src/main.
 */
export { exec, describeExecError, type Exec, type ExecError, type ExecOptions, type ExecOutput } from './exec';
export { submitJob, lpArgs, mediaFor, parseJobId, classifyLpFailure, isValidQueueName, type LpJob } from './lp';
export {
  queryQueue,
  queryJobState,
  pendingJobs,
  parseQueueStatus,
  parseJobList,
  classifyActiveJob,
  type JobState,
  type QueueStatus,
} from './lpstat';
export { monitorJob, systemClock, POLL_MS, YOUNG_POLL_MS, YOUNG_FOR_MS, MAX_FAILED_QUERIES, type Clock, type JobMonitor, type MonitorResult } from './monitor';
export { createCupsPrinter, type CupsPrinterOptions, type HtmlPrinter, type Printer, type PrintJobOptions } from './printer';
export { createFakePrinter, type FakeBehavior, type FakePrinter, type FakeJob } from './fake';
export { pageSizeInches, pageSizeMicrons, pdfPageSizeMm, type PdfRenderer } from './pdf-renderer';
export { printChecklist, type PrintChecklistDeps, type PrintLog } from './print-checklist';
