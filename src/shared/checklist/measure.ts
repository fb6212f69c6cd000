import type { PaperSize } from '../ipc';
import { MM_PER_INCH, printableWidthMm } from './paper';

/**
 * Sends one Chrome DevTools Protocol command: Electron's webContents.debugger.sendCommand,
 * Playwright's CDPSession.send. Both renderers measure a roll's document the same way.
 */
export type CdpSend = (method: string, params?: Record<string, unknown>) => Promise<unknown>;

const CSS_PX_PER_INCH = 96;

/**
 * Height of the loaded document, in mm, laid out at the paper's printable width with print
 * media. Layout metrics need no page JavaScript (the document has none and runs with it off).
 * Undefined if the browser would not say.
 */
export async function measureContentHeightMm(send: CdpSend, paper: PaperSize): Promise<number | undefined> {
  const widthPx = Math.round((printableWidthMm(paper) / MM_PER_INCH) * CSS_PX_PER_INCH);
  await send('Emulation.setEmulatedMedia', { media: 'print' });
  await send('Emulation.setDeviceMetricsOverride', { width: widthPx, height: 800, deviceScaleFactor: 1, mobile: false });
  try {
    const metrics = (await send('Page.getLayoutMetrics')) as { cssContentSize?: { height?: unknown } };
    const px = metrics.cssContentSize?.height;
    return typeof px === 'number' && px > 0 ? (px / CSS_PX_PER_INCH) * MM_PER_INCH : undefined;
  } finally {
    await send('Emulation.clearDeviceMetricsOverride');
    await send('Emulation.setEmulatedMedia', { media: '' });
  }
}
