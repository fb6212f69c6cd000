import type { KioskApi } from '../../../shared/ipc';
import { createWebApi } from './web-api';

/** window.kiosk from the Electron preload when present, otherwise the plain-browser implementation. */
export function getApi(): KioskApi {
  return window.kiosk ?? createWebApi(window);
}
