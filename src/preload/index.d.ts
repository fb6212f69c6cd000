import type { KioskApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Present inside the Electron kiosk window; absent in the plain web build. */
    kiosk?: KioskApi;
  }
}

export {};
