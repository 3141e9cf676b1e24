// Main process entry: single instance, app:// protocol, the database under userData, IPC, menu, one hardened window.
// Logic lives in the plain modules beside this file; this only wires Electron objects to them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';

import { restoreBackup, upgradeMessage } from '../../db';
import { type UiLanguage, uiLanguageFromSystem } from '../../shared/i18n/language';
import { type HostedServices, hostServices } from '../api/service-host';
import { type ShutdownGate, shutdownGate } from '../api/shutdown-gate';
import { electronBindingPath } from '../native/binding-path';
import { cannotOpenTitle, databaseProblem, recoveryPrompt, stoppedBox, warningBox } from './dialog-text';
import { electronFileActions } from './file-actions';
import { denyPermissions, hardenContents } from './harden';
import { registerIpc } from './ipc';
import { menuScript, menuTemplate } from './menu';
import { openWithRecovery, recoverFromRefusal, type RecoveryUi } from './open-with-recovery';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { safeStorageSecrets } from './secret-store';
import { APP_ORIGIN } from './security';
import { type Bounds, restoreBounds, windowOptions } from './window-options';

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let services: HostedServices | null = null;
  /** Rebuilds the application menu in a language; set once the window exists. */
  let showMenu: ((language: UiLanguage) => void) | null = null;
  let gate: ShutdownGate | null = null;
  const stateFile = join(app.getPath('userData'), 'window-state.json');

  const readBounds = (): Bounds => {
    try {
      return restoreBounds(
        JSON.parse(readFileSync(stateFile, 'utf8')),
        screen.getAllDisplays().map((d) => d.workArea),
      );
    } catch {
      return restoreBounds(null, []);
    }
  };
  const saveBounds = (): void => {
    if (window === null) return;
    try {
      writeFileSync(stateFile, JSON.stringify({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
    } catch {
      // Remembering the window size is a convenience; failing to is not worth bothering the user.
    }
  };

  app.on('second-instance', () => {
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Reached only for http(s) links the user clicked: harden.ts checks isExternalLink() first (tests/main/harden.test.ts).
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url))); // eng-disable OPEN_EXTERNAL_JS_CHECK

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    const appRoot = app.getAppPath();
    const rendererDir = join(import.meta.dirname, '../renderer');
    serveAppProtocol(protocol, rendererDir);

    const require = createRequire(import.meta.url);
    const sqliteVersion = (require('better-sqlite3/package.json') as { version: string }).version;
    const nativeBinding = electronBindingPath(appRoot, sqliteVersion, process.versions.electron, app.isPackaged);
    const dataFolder = app.getPath('userData');
    const databasePath = join(dataFolder, 'scopewise.db');
    const binding = nativeBinding === undefined ? {} : { nativeBinding };
    // The dialogs speak the app's language: the system's until the settings can be read (a refused database has
    // none to read), then the one chosen in Settings (and each new choice, see settings.update below).
    const systemLanguage = uiLanguageFromSystem([app.getLocale()]);
    let language: UiLanguage = systemLanguage;
    // A warning can come while the database opens, before Settings can be read: its box waits for the language.
    let languageKnown: () => void = () => undefined;
    const languageRead = new Promise<void>((settle) => (languageKnown = settle));
    const recoveryUi: RecoveryUi = {
      offerRestore: async (_problem, backup, error) => {
        const answer = await dialog.showMessageBox({
          type: 'error',
          ...recoveryPrompt(databaseProblem(error, language), backup, language),
          defaultId: 0,
          cancelId: 1,
        });
        return answer.response === 0 ? 'restore' : 'quit';
      },
      fail: (_problem, error) => dialog.showErrorBox(cannotOpenTitle(language), databaseProblem(error, language)),
    };
    // The handlers and the database run in a worker thread (electron/api/service-host.ts): this thread answers the
    // window and routes calls; dialogs, the shell and the keychain stay here, asked for by the worker.
    services = await openWithRecovery(
      () =>
        hostServices({
          databasePath,
          ...binding,
          files: electronFileActions({ dialog, shell, window: () => window, language: () => language }),
          holderName: 'the Scopewise app',
          secrets: safeStorageSecrets(safeStorage),
          warn: (message, warning) => void languageRead.then(() => dialog.showMessageBox({ type: 'warning', ...warningBox(message, language, warning) })),
          // Before the window exists: said on the console (a large database's one-time upgrade takes seconds).
          onUpgrade: (from, to) => console.info(`Scopewise: ${upgradeMessage(from, to)}`),
        }),
      async (backup) => void (await restoreBackup(databasePath, backup, binding)),
      recoveryUi,
    );
    if (services === null) {
      app.quit();
      return;
    }
    try {
      language = (await services.handlers['settings.get']({})).uiLanguage ?? systemLanguage;
    } catch {
      // A file the integrity check is about to refuse may not answer: the system's language until it is restored.
    }
    languageKnown();
    const handlers = { ...services.handlers };
    const saveSettings = handlers['settings.update'];
    // The menus follow the app's language the moment Settings changes it (the window's own texts change by themselves).
    handlers['settings.update'] = async (input) => {
      const view = await saveSettings(input);
      if (input.uiLanguage !== undefined && view.uiLanguage !== null) {
        language = view.uiLanguage;
        showMenu?.(view.uiLanguage);
      }
      return view;
    };
    gate = shutdownGate(handlers);
    registerIpc(ipcMain, gate.handlers, (channel, error) => console.error(`scopewise: ${channel} failed`, error), {
      data: dataFolder,
      home: app.getPath('home'),
      // The save dialog opens here; a folder picked elsewhere is still cut by its separators.
      exports: app.getPath('documents'),
    });
    // The integrity check runs while the window paints (db/integrity-schedule.ts); until it passes nothing is written.
    // When it refuses the file, the same offer as at start: restore the newest good backup in place, or quit.
    const opened = services;
    opened.ready.catch(async (refusal: unknown) => {
      const restored = await recoverFromRefusal(refusal, (backup) => opened.restoreAndReopen(backup), recoveryUi);
      if (restored) window?.webContents.reload();
      else app.quit();
    });
    // The team sync writes: it starts once the integrity check has passed.
    opened.startTeam();
    // The services' worker stopping on its own (it never should) leaves nothing that can save: say so and quit.
    void opened.lost.then((reason) => {
      const box = stoppedBox(reason, language);
      dialog.showErrorBox(box.title, box.text);
      app.quit();
    });

    const bounds = readBounds();
    // windowOptions() sets contextIsolation, sandbox and disableBlinkFeatures 'Auxclick' (tests/main/window-options.test.ts);
    // electronegativity cannot follow a function call, so these three checks are answered there.
    window = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs'), bounds)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    if (bounds.maximized === true) window.maximize();
    window.once('ready-to-show', () => window?.show());
    window.on('close', saveBounds);
    window.on('closed', () => (window = null));
    const run = (command: Parameters<typeof menuScript>[0]): void => void window?.webContents.executeJavaScript(menuScript(command));
    const show = (language: UiLanguage): void => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, run, language)));
    showMenu = show;
    // The menus speak the app's language like the dialogs: the system's until the database is readable, then the one
    // chosen in Settings (and each new choice, see settings.update above).
    show(language);
    opened.ready.then(
      async () => {
        language = (await opened.handlers['settings.get']({})).uiLanguage ?? systemLanguage;
        show(language);
      },
      () => {},
    );
    void window.loadURL(`${APP_ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => app.quit());
  // Close the database cleanly (checkpointing the WAL) whatever the way out.
  // Calls arriving from now on are refused as "shutting down"; calls already running finish first (quitting waits for them).
  app.on('will-quit', (event) => {
    const closing = services;
    if (closing === null) return;
    const drained = gate?.close() ?? Promise.resolve();
    if ((gate?.inFlight() ?? 0) === 0) {
      closing.close();
      services = null;
      return;
    }
    event.preventDefault();
    void drained.then(() => {
      closing.close();
      services = null;
      app.quit();
    });
  });
}
