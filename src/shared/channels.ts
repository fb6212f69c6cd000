/** IPC channel names, alone in a dependency-free file so the preload bundle stays tiny. */
export const CHANNELS = {
  loadContent: 'kiosk:load-content',
  printChecklist: 'kiosk:print-checklist',
  preparePrint: 'kiosk:prepare-print',
  getSettings: 'kiosk:get-settings',
  recordUsage: 'kiosk:record-usage',
} as const;

/** Staff mode's channels (src/shared/staff/contract.ts); main refuses all but enter/status outside a staff session. */
export const STAFF_CHANNELS = {
  status: 'staff:status',
  enter: 'staff:enter',
  exit: 'staff:exit',
  keepAlive: 'staff:keep-alive',
  overview: 'staff:overview',
  printers: 'staff:printers',
  updateSettings: 'staff:update-settings',
  changePin: 'staff:change-pin',
  printTestPage: 'staff:print-test-page',
  printUsageReport: 'staff:print-usage-report',
  exportTargets: 'staff:export-targets',
  exportCsv: 'staff:export-csv',
  quitApp: 'staff:quit-app',
} as const;

/** Speech's channels (src/shared/speech/contract.ts): main's local voice, for a page without voices of its own. */
export const SPEECH_CHANNELS = {
  status: 'speech:status',
  synthesize: 'speech:synthesize',
  reportChoice: 'speech:report-choice',
} as const;
export type SpeechChannel = (typeof SPEECH_CHANNELS)[keyof typeof SPEECH_CHANNELS];
