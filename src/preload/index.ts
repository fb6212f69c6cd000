import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, SPEECH_CHANNELS, STAFF_CHANNELS } from '../shared/channels';
import type { KioskApi } from '../shared/ipc';
import type { StaffApi } from '../shared/staff/contract';

/**
 * The whole bridge: five named functions and the `staff` group. No ipcRenderer, no Node, no
 * generic "send" — the renderer can only ask for what KioskApi lists, and main validates
 * every argument.
 */

/** Staff mode: named calls only; main checks the PIN and the staff session on every one. */
const staff: StaffApi = {
  status: () => ipcRenderer.invoke(STAFF_CHANNELS.status),
  enter: (pin) => ipcRenderer.invoke(STAFF_CHANNELS.enter, pin),
  exit: () => ipcRenderer.invoke(STAFF_CHANNELS.exit),
  keepAlive: () => ipcRenderer.invoke(STAFF_CHANNELS.keepAlive),
  overview: () => ipcRenderer.invoke(STAFF_CHANNELS.overview),
  printers: () => ipcRenderer.invoke(STAFF_CHANNELS.printers),
  updateSettings: (change) => ipcRenderer.invoke(STAFF_CHANNELS.updateSettings, change),
  changePin: (pin) => ipcRenderer.invoke(STAFF_CHANNELS.changePin, pin),
  printTestPage: () => ipcRenderer.invoke(STAFF_CHANNELS.printTestPage),
  printUsageReport: () => ipcRenderer.invoke(STAFF_CHANNELS.printUsageReport),
  exportTargets: () => ipcRenderer.invoke(STAFF_CHANNELS.exportTargets),
  exportCsv: (dir) => ipcRenderer.invoke(STAFF_CHANNELS.exportCsv, dir),
  quitApp: () => ipcRenderer.invoke(STAFF_CHANNELS.quitApp),
};

const api: KioskApi = {
  loadContent: () => ipcRenderer.invoke(CHANNELS.loadContent),
  printChecklist: (request) => ipcRenderer.invoke(CHANNELS.printChecklist, request),
  preparePrint: (request) => ipcRenderer.invoke(CHANNELS.preparePrint, request),
  getSettings: () => ipcRenderer.invoke(CHANNELS.getSettings),
  recordUsage: (event) => ipcRenderer.invoke(CHANNELS.recordUsage, event),
  staff,
  // Main's local voice (src/main/speech), for a page whose browser has no voices of its own.
  speech: {
    status: () => ipcRenderer.invoke(SPEECH_CHANNELS.status),
    synthesize: (request) => ipcRenderer.invoke(SPEECH_CHANNELS.synthesize, request),
    reportChoice: (choice) => ipcRenderer.invoke(SPEECH_CHANNELS.reportChoice, choice),
  },
};

contextBridge.exposeInMainWorld('kiosk', api);
