/** IPC channel names, alone in a dependency-free file so the preload bundle stays tiny. */
export const CHANNELS = {
  loadContent: 'kiosk:load-content',
  printChecklist: 'kiosk:print-checklist',
  getSettings: 'kiosk:get-settings',
  recordUsage: 'kiosk:record-usage',
} as const;

/** Speech's channels (src/shared/speech/contract.ts): main's local voice, for a page without voices of its own. */
export const SPEECH_CHANNELS = {
  status: 'speech:status',
  synthesize: 'speech:synthesize',
  reportChoice: 'speech:report-choice',
} as const;
export type SpeechChannel = (typeof SPEECH_CHANNELS)[keyof typeof SPEECH_CHANNELS];
