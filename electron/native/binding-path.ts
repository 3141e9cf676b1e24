// Where the main process finds better-sqlite3's Electron build (see ensure-electron-sqlite.mjs). Packaged apps
// get node_modules rebuilt for Electron by electron-builder, so they use the default binding.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronBindingPath(appRoot: string, sqliteVersion: string, electronVersion: string, packaged: boolean): string | undefined {
  if (packaged) return undefined;
  const file = join(appRoot, '.native', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}`, 'build', 'Release', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
