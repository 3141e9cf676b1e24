// FileActions for the browser transport: there are no native dialogs, so exports go to an `exports` folder beside
// the database (the reply carries the path), and files to import arrive in the request itself.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { AppError } from '../../shared/errors';
import { fileName, splitExtension } from '../../shared/file-name';
import type { FileActions } from '../api/file-actions';
import { describeWriteFailure } from '../api/write-failure';

/** A free file name in the folder: name.pdf, then name (2).pdf, and so on; separators in the name are dropped. */
export function uniquePath(folder: string, suggestedName: string): string {
  const { stem, extension } = splitExtension(suggestedName);
  const safe = fileName(stem, extension);
  const fitted = splitExtension(safe).stem;
  let candidate = join(folder, safe);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${fitted} (${n})${extension}`);
  return candidate;
}

export function browserFileActions(exportsFolder: string): FileActions {
  return {
    async chooseSavePath(suggestedName) {
      try {
        mkdirSync(exportsFolder, { recursive: true });
      } catch (error) {
        throw describeWriteFailure(error, 'The file', join(exportsFolder, suggestedName));
      }
      return uniquePath(exportsFolder, suggestedName);
    },
    async chooseOpenPath() {
      return null;
    },
    async openPath() {
      throw new AppError('unsupported', 'Opening files is only available in the desktop app; the file is in the exports folder.');
    },
    async showInFolder() {
      throw new AppError('unsupported', 'Showing files in their folder is only available in the desktop app.');
    },
  };
}
