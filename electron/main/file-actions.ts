// FileActions for the desktop app: native save/open dialogs and the system shell. Electron objects are passed in.
import type { BrowserWindow, Dialog, Shell } from 'electron';

import { AppError } from '../../shared/errors';
import type { UiLanguage } from '../../shared/i18n/language';
import type { FileActions } from '../api/file-actions';
import { fileFilters } from './dialog-text';

interface ElectronParts {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  window: () => BrowserWindow | null;
  /** The app's language when a dialog opens: its filters are named in it. */
  language?: () => UiLanguage;
}

export function electronFileActions({ dialog, shell, window, language = () => 'en' }: ElectronParts): FileActions {
  return {
    async chooseSavePath(suggestedName, kind) {
      const options = { defaultPath: suggestedName, filters: fileFilters(kind, language()) };
      const parent = window();
      const result = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async chooseOpenPath(kind) {
      const options = { properties: ['openFile' as const], filters: fileFilters(kind, language()) };
      const parent = window();
      const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(path) {
      const failure = await shell.openPath(path);
      if (failure !== '') throw new AppError('io', 'The file could not be opened; it may have been moved or deleted.', 'path', 'file_moved');
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
