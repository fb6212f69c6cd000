/** IPC channel names, alone in a dependency-free file so the preload bundle stays tiny. */
export const CHANNELS = {
  loadContent: 'kiosk:load-content',
  printChecklist: 'kiosk:print-checklist',
  getSettings: 'kiosk:get-settings',
  recordUsage: 'kiosk:record-usage',
  // Speech (src/shared/speech/contract.ts): main's local voice, for pages without their own.
  speechStatus: 'kiosk:speech-status',
  speechSynthesize: 'kiosk:speech-synthesize',
  speechReportChoice: 'kiosk:speech-report-choice',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
/** The speech channels, registered by src/main/speech beside the core handlers. */
export const SPEECH_CHANNELS = [CHANNELS.speechStatus, CHANNELS.speechSynthesize, CHANNELS.speechReportChoice] as const;
export type SpeechChannel = (typeof SPEECH_CHANNELS)[number];
export type CoreChannel = Exclude<Channel, SpeechChannel>;
