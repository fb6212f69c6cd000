import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PrintElectron, PrintSession, PrintWindow } from '../../src/main/printer/electron-pdf';
import { CHROMIUM_LAUNCH } from './chromium';

/**
 * A fake of the electron module for the checklist print windows, backed by a real Chromium
 * page through Playwright: src/main/printer/electron-pdf.ts runs unchanged against it and
 * its printToPDF makes a real PDF. Electron's webContents.printToPDF is Chromium's
 * Page.printToPDF with the same inch-based options, so the fake passes them straight through
 * the DevTools protocol (no translation that could hide a unit mistake); webContents.debugger
 * is the same protocol, too. webContents.print (Windows) has no printer here: the fake records
 * its options, renders them to a PDF the same way (microns → inches, CSS px → inches) and calls
 * back, or fails or never calls back when told to.
 */
export interface FakePrintRecord {
  options: BrowserWindowConstructorOptions;
  loaded: string[];
  pdfOptions: PrintToPDFOptions[];
  printOptions: WebContentsPrintOptions[];
  /** PDFs made by print(), from its own options. */
  printed: Uint8Array[];
  destroyed: boolean;
  denyOpen: boolean;
  blocksNavigation: boolean;
}

export interface FakePrintBehavior {
  /** print(): 'ok' (default), 'fail' (callback false), 'hang' (no callback ever). */
  print?: 'ok' | 'fail' | 'hang';
  /** printToPDF never resolves. */
  hangPdf?: boolean;
}

export interface ChromiumPrintElectron extends PrintElectron {
  windows: FakePrintRecord[];
  sessions: { permissionRequestDenied?: boolean; permissionCheck?: boolean }[];
  behavior: FakePrintBehavior;
  close(): Promise<void>;
}

const MICRONS_PER_INCH = 25_400;

export function createChromiumPrintElectron(behavior: FakePrintBehavior = {}): ChromiumPrintElectron {
  let browser: Promise<Browser> | undefined;
  const windows: FakePrintRecord[] = [];
  const sessions: ChromiumPrintElectron['sessions'] = [];
  const fake = { behavior };

  class FakeBrowserWindow implements PrintWindow {
    private readonly record: FakePrintRecord;
    private readonly ready: Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }>;
    private attached: CDPSession | undefined;
    readonly webContents: PrintWindow['webContents'];

    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], pdfOptions: [], printOptions: [], printed: [], destroyed: false, denyOpen: false, blocksNavigation: false };
      windows.push(this.record);
      browser ??= chromium.launch(CHROMIUM_LAUNCH);
      const javaScriptEnabled = options.webPreferences?.javascript !== false;
      this.ready = (async () => {
        const context = await (await browser!).newContext({ javaScriptEnabled, offline: true });
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort()); // nothing from outside, like the partition's CSP
        const cdp = await context.newCDPSession(page);
        return { context, page, cdp };
      })();
      this.ready.catch(() => undefined);
      const record = this.record;
      const self = this;
      const events = new EventEmitter();
      this.webContents = {
        setWindowOpenHandler(handler) {
          record.denyOpen = handler().action === 'deny';
        },
        on(event, listener) {
          if (event === 'will-navigate') {
            let prevented = false;
            listener({ preventDefault: () => (prevented = true) });
            record.blocksNavigation = prevented;
          }
          return events.on(event, listener as (...a: unknown[]) => void);
        },
        async printToPDF(pdfOptions) {
          record.pdfOptions.push(pdfOptions);
          if (fake.behavior.hangPdf) return new Promise<Uint8Array>(() => undefined);
          return self.pdf(pdfOptions);
        },
        print(printOptions, callback) {
          record.printOptions.push(printOptions);
          const mode = fake.behavior.print ?? 'ok';
          if (mode === 'hang') return;
          if (mode === 'fail') return void setTimeout(() => callback(false, 'Printer offline (fake)'), 10);
          const size = printOptions.pageSize as { width: number; height: number };
          const m = printOptions.margins as { top: number; bottom: number; left: number; right: number };
          const px = (n: number) => n / 96;
          self
            .pdf({
              pageSize: { width: size.width / MICRONS_PER_INCH, height: size.height / MICRONS_PER_INCH },
              margins: { top: px(m.top), bottom: px(m.bottom), left: px(m.left), right: px(m.right) },
              printBackground: printOptions.printBackground ?? false,
              preferCSSPageSize: true,
            })
            .then((bytes) => {
              record.printed.push(bytes);
              callback(true, '');
            })
            .catch((e: Error) => callback(false, e.message));
        },
        debugger: {
          attach: () => {
            self.attached = undefined;
            self.attaching = self.ready.then(({ cdp }) => (self.attached = cdp));
          },
          detach: () => {
            self.attached = undefined;
            self.attaching = undefined;
          },
          isAttached: () => self.attaching !== undefined,
          sendCommand: async (method, params) => {
            if (!self.attaching) throw new Error('debugger not attached');
            const cdp = await self.attaching;
            return cdp.send(method as 'Page.getLayoutMetrics', params as never);
          },
        },
      };
    }

    private attaching: Promise<CDPSession> | undefined;

    private async pdf(o: PrintToPDFOptions): Promise<Uint8Array> {
      const { cdp } = await this.ready;
      const size = o.pageSize as { width: number; height: number };
      const { data } = (await cdp.send('Page.printToPDF', {
        paperWidth: size.width,
        paperHeight: size.height,
        marginTop: o.margins?.top ?? 0,
        marginBottom: o.margins?.bottom ?? 0,
        marginLeft: o.margins?.left ?? 0,
        marginRight: o.margins?.right ?? 0,
        printBackground: o.printBackground ?? false,
        preferCSSPageSize: o.preferCSSPageSize ?? false,
        landscape: o.landscape ?? false,
      })) as { data: string };
      return new Uint8Array(Buffer.from(data, 'base64'));
    }

    async loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      const { page } = await this.ready;
      await page.goto(url, { waitUntil: 'load' });
    }

    destroy(): void {
      if (this.record.destroyed) return;
      this.record.destroyed = true;
      void this.ready.then(({ context }) => context.close()).catch(() => undefined);
    }

    isDestroyed(): boolean {
      return this.record.destroyed;
    }
  }

  const session = {
    fromPartition(): PrintSession {
      const s: ChromiumPrintElectron['sessions'][number] = {};
      sessions.push(s);
      return {
        setPermissionRequestHandler(handler) {
          let granted: boolean | undefined;
          handler?.(undefined as never, 'media' as never, (g) => (granted = g));
          s.permissionRequestDenied = granted === false;
        },
        setPermissionCheckHandler(handler) {
          s.permissionCheck = handler?.() ?? true;
        },
      };
    },
  };

  return {
    BrowserWindow: FakeBrowserWindow,
    session,
    windows,
    sessions,
    behavior,
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
