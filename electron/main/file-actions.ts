// FileActions for the desktop app: native save/open dialogs and the system shell. Electron objects are passed in.
import type { BrowserWindow, Dialog, Shell } from 'electron';

import { AppError } from '../../shared/errors';
import type { FileActions } from '../api/file-actions';

interface ElectronParts {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  window: () => BrowserWindow | null;
}

const FILTERS = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  bundle: [{ name: 'Scopewise bundle', extensions: ['json'] }],
  logo: [{ name: 'Logo image', extensions: ['png', 'jpg', 'jpeg'] }],
};

export function electronFileActions({ dialog, shell, window }: ElectronParts): FileActions {
  return {
    async chooseSavePath(suggestedName, kind) {
      const options = { defaultPath: suggestedName, filters: FILTERS[kind] };
      const parent = window();
      const result = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async chooseOpenPath(kind) {
      const options = { properties: ['openFile' as const], filters: FILTERS[kind] };
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
