import { EventEmitter } from 'node:events';
import type { ElectronModule } from '../../src/main/startup';

/**
 * A fake of the parts of the electron module the kiosk's main process uses, for running the
 * real src/main/startup.ts here, where no Electron binary can be installed. It records what
 * main does (windows, loads, handlers, menus, schemes) and lets a test fire Electron's events.
 */
export interface FakeOptions {
  userData: string;
  lock?: boolean;
  /** The first N BrowserWindow constructions throw. */
  windowThrows?: number;
  protocolHandleThrows?: boolean;
}

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: '' };
  zoomLimits?: [number, number];
  crashedByMain = 0;
  openHandler?: (d: { url: string }) => { action: string };
  setVisualZoomLevelLimits(a: number, b: number) {
    this.zoomLimits = [a, b];
    return Promise.resolve();
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.openHandler = h;
  }
  forcefullyCrashRenderer() {
    this.crashedByMain += 1;
  }
  /** Fires an event the way Electron does: (event, ...args); returns whether it was prevented. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export interface FakeWindowLike extends EventEmitter {
  options: Record<string, unknown>;
  loaded: string[];
  webContents: FakeWebContents;
  visible: boolean;
  destroyed: boolean;
  minimized: boolean;
  focusCalls: number;
  readonly url: string | undefined;
  tryClose(): boolean;
}

export interface FakeState {
  handlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  windows: FakeWindowLike[];
  appEvents: EventEmitter;
  menus: unknown[];
  schemes: unknown[];
  protocolHandlers: Map<string, (r: Request) => Promise<Response>>;
  quitCalls: number;
  exitCalls: number[];
  whenReadyCalls: number;
  permissionHandlerSet: boolean;
  cspSet: boolean;
}

export interface FakeElectron {
  state: FakeState;
  electron: ElectronModule;
  invoke(channel: string, args?: unknown[], from?: { url?: string; subframe?: boolean }): unknown;
}

export function createFakeElectron(options: FakeOptions): FakeElectron {
  let windowThrows = options.windowThrows ?? 0;
  const state: FakeState = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    windows: [] as FakeWindow[],
    appEvents: new EventEmitter(),
    menus: [] as unknown[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    quitCalls: 0,
    exitCalls: [] as number[],
    whenReadyCalls: 0,
    permissionHandlerSet: false,
    cspSet: false,
  };

  class FakeWindow extends EventEmitter {
    options: Record<string, unknown>;
    loaded: string[] = [];
    webContents = new FakeWebContents();
    visible = false;
    destroyed = false;
    minimized = false;
    focusCalls = 0;
    constructor(opts: Record<string, unknown>) {
      super();
      if (windowThrows > 0) {
        windowThrows -= 1;
        throw new Error('GPU process failed to start (fake)');
      }
      this.options = opts;
      state.windows.push(this);
    }
    get url() {
      return this.loaded.at(-1);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    removeMenu() {}
    show() {
      this.visible = true;
    }
    isVisible() {
      return this.visible;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focusCalls += 1;
    }
    destroy() {
      this.destroyed = true;
    }
    /** The window manager's close (Alt+F4, the X): true when the window would close. */
    tryClose(): boolean {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      return !prevented;
    }
  }

  const session = {
    setPermissionRequestHandler: () => (state.permissionHandlerSet = true),
    setPermissionCheckHandler: () => undefined,
    on: () => undefined,
    webRequest: { onHeadersReceived: () => (state.cspSet = true) },
  };

  const electron = {
    app: {
      requestSingleInstanceLock: () => options.lock ?? true,
      quit: () => void (state.quitCalls += 1),
      exit: (code: number) => void state.exitCalls.push(code),
      enableSandbox: () => undefined,
      whenReady: () => {
        state.whenReadyCalls += 1;
        return Promise.resolve();
      },
      getPath: () => options.userData,
      getAppPath: () => process.cwd(),
      isPackaged: false,
      on: (name: string, fn: (...a: unknown[]) => void) => state.appEvents.on(name, fn),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
        if (state.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        state.handlers.set(channel, fn);
      },
    },
    session: { defaultSession: session, fromPartition: () => session },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
      handle: (scheme: string, fn: (r: Request) => Promise<Response>) => {
        if (options.protocolHandleThrows) throw new Error('protocol.handle failed (fake)');
        state.protocolHandlers.set(scheme, fn);
      },
    },
    Menu: { setApplicationMenu: (m: unknown) => void state.menus.push(m) },
  };

  /** Calls a channel as the kiosk page's main frame would (or from `frameUrl`, or a subframe). */
  const invoke = (channel: string, args: unknown[] = [], from: { url?: string; subframe?: boolean } = {}) => {
    const win = state.windows.at(-1)!;
    const frame = from.subframe ? { url: from.url ?? win.webContents.mainFrame.url } : win.webContents.mainFrame;
    if (from.url && !from.subframe) win.webContents.mainFrame.url = from.url;
    const handler = state.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender: win.webContents, senderFrame: frame }, ...args);
  };

  return { state, electron: electron as unknown as ElectronModule, invoke };
}
