// Where the CLI's database lives when --db is not given: a pure decision over the environment, the platform and home.
// It matches the app's own data folder (Electron's userData for "Scopewise"), so the CLI and the app share one file.
import { posix, win32 } from 'node:path';

export const DATABASE_FILE_NAME = 'scopewise.db';
const APP_FOLDER = 'Scopewise';

export function defaultDatabasePath(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, home: string): string {
  const path = platform === 'win32' ? win32 : posix;
  const dataDir = env.SCOPEWISE_DATA_DIR;
  if (dataDir !== undefined && dataDir !== '') return path.join(dataDir, DATABASE_FILE_NAME);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_FOLDER, DATABASE_FILE_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER, DATABASE_FILE_NAME);
  const config = env.XDG_CONFIG_HOME !== undefined && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, APP_FOLDER, DATABASE_FILE_NAME);
}
