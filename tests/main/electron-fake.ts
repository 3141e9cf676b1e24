// Stand-ins for the Electron objects electron/main/index.ts uses, recording what it did with them: the windows, the
// IPC handlers, the protocol, the menu, the message boxes. A test mocks 'electron' with `module` and reads `state`.
export type Listener = (...args: unknown[]) => unknown;

export interface MessageBoxOptions {
  type?: string;
  message: string;
  detail?: string;
}

export function electronFake(locale = 'en-US') {
  const listeners = new Map<string, Listener[]>();
  const state = {
    userData: '',
    windows: [] as { options: Record<string, unknown>; url: string | null; scripts: string[] }[],
    handlers: new Map<string, Listener>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    menu: null as unknown,
    permissionHandler: null as Listener | null,
    messageBoxes: [] as MessageBoxOptions[],
    quit: 0,
    emit(event: string, ...args: unknown[]) {
      for (const l of listeners.get(event) ?? []) l(...args);
    },
  };
  const app = {
    requestSingleInstanceLock: () => true,
    on: (event: string, l: Listener) => void listeners.set(event, [...(listeners.get(event) ?? []), l]),
    whenReady: () => Promise.resolve(),
    getPath: () => state.userData,
    getAppPath: () => process.cwd(),
    getLocale: () => locale,
    isPackaged: false,
    quit: () => void state.quit++,
  };
  class BrowserWindow {
    record: { options: Record<string, unknown>; url: string | null; scripts: string[] };
    webContents: { executeJavaScript: (s: string) => Promise<void> };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, scripts: [] };
      state.windows.push(this.record);
      this.webContents = { executeJavaScript: async (s: string) => void this.record.scripts.push(s) };
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    state,
    module: {
      app,
      BrowserWindow,
      dialog: {
        showErrorBox: (title: string, text: string) => console.error(title, text),
        showMessageBox: async (options: MessageBoxOptions) => {
          state.messageBoxes.push(options);
          return { response: 1 };
        },
        showSaveDialog: async () => ({ canceled: true }),
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      },
      ipcMain: { handle: (channel: string, l: Listener) => void state.handlers.set(channel, l), removeHandler: (c: string) => void state.handlers.delete(c) },
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (state.menu = m) },
      protocol: {
        registerSchemesAsPrivileged: (s: unknown[]) => void state.schemes.push(...s),
        handle: (scheme: string, l: Listener) => void state.protocolHandlers.set(scheme, l),
      },
      screen: { getAllDisplays: () => [] },
      safeStorage: { isEncryptionAvailable: () => false, encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() },
      session: { defaultSession: { setPermissionRequestHandler: (h: Listener) => void (state.permissionHandler = h), setPermissionCheckHandler: () => {} } },
      shell: { openExternal: async () => {}, openPath: async () => '', showItemInFolder: () => {} },
    },
  };
}
