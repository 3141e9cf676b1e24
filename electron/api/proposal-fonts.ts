// The proposal's font files for Node callers (app, CLI, tests): read from shared/proposal/fonts, beside their licences.
// The renderer in shared/ never reads files; it receives these bytes through a FontSource.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// From its own file, not the proposal's index: that one brings the renderer and jsPDF, which serve and the app load
// only at the first export (proposal-export.ts imports them lazily).
import { FONT_FILES, type FontSource } from '../../shared/proposal/faces';

/**
 * The folder: shared/proposal/fonts seen from the sources (electron/api, run by tsx for the CLI and tests), or out/fonts
 * seen from the bundled main (out/main), where electron.vite.config.ts copies the files. URLs built at run time so the
 * bundler leaves them alone.
 */
const CANDIDATES = [
  ['..', '..', 'shared', 'proposal', 'fonts', ''],
  ['..', 'fonts', ''],
].map((parts) => fileURLToPath(new URL(parts.join('/'), import.meta.url)));
export const FONT_FOLDER = CANDIDATES.find((folder) => existsSync(folder + FONT_FILES.regular)) ?? CANDIDATES[0]!;

/** Reads each font file once per process (the renderer keeps the parsed face). */
export const fontFiles: FontSource = {
  read: async (file) => new Uint8Array(await readFile(FONT_FOLDER + file)),
};
