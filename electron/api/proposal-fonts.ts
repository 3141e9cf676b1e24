// The proposal's font files for Node callers (app, CLI, tests): read from shared/proposal/fonts, beside their licences.
// The renderer in shared/ never reads files; it receives these bytes through a FontSource.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FontSource } from '../../shared/proposal';

/**
 * The folder, relative to this module in the sources (electron/api) and to the bundled main (out/main); both sit two
 * levels below the app's root, and electron-builder.config.ts packs shared/proposal/fonts. Built at run time so the
 * bundler leaves it alone.
 */
export const FONT_FOLDER = fileURLToPath(new URL(['..', '..', 'shared', 'proposal', 'fonts', ''].join('/'), import.meta.url));

/** Reads each font file once per process (the renderer keeps the parsed face). */
export const fontFiles: FontSource = {
  read: async (file) => new Uint8Array(await readFile(FONT_FOLDER + file)),
};
