import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, SPEECH_CHANNELS } from '../shared/channels';
import type { KioskApi } from '../shared/ipc';

/**
 * The whole bridge: four named functions. No ipcRenderer, no Node, no generic "send" —
 * the renderer can only ask for what KioskApi lists, and main validates every argument.
 */
const api: KioskApi = {
  loadContent: () => ipcRenderer.invoke(CHANNELS.loadContent),
  printChecklist: (request) => ipcRenderer.invoke(CHANNELS.printChecklist, request),
  getSettings: () => ipcRenderer.invoke(CHANNELS.getSettings),
  recordUsage: (event) => ipcRenderer.invoke(CHANNELS.recordUsage, event),
  // Main's local voice (src/main/speech), for a page whose browser has no voices of its own.
  speech: {
    status: () => ipcRenderer.invoke(SPEECH_CHANNELS.status),
    synthesize: (request) => ipcRenderer.invoke(SPEECH_CHANNELS.synthesize, request),
    reportChoice: (choice) => ipcRenderer.invoke(SPEECH_CHANNELS.reportChoice, choice),
  },
};

contextBridge.exposeInMainWorld('kiosk', api);
