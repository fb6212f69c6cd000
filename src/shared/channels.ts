/** IPC channel names, alone in a dependency-free file so the preload bundle stays tiny. */
export const CHANNELS = {
  loadContent: 'kiosk:load-content',
  printChecklist: 'kiosk:print-checklist',
  getSettings: 'kiosk:get-settings',
  recordUsage: 'kiosk:record-usage',
} as const;
