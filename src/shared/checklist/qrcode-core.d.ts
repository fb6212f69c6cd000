/**
 * Types for the two pure modules of the `qrcode` package that the checklist uses. Importing
 * the package root would bring in @types/qrcode, which references Node's types (streams,
 * files); these two modules have no Node dependency, so src/shared stays usable in the web
 * build and in the renderer.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrSymbol {
    version: number;
    modules: { size: number; data: Uint8Array };
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrSymbol;
}

declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QrSymbol } from 'qrcode/lib/core/qrcode.js';
  export function render(symbol: QrSymbol, options?: { margin?: number; width?: number }): string;
}
