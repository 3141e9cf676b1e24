// Where the CLI keeps its database without --db: $SCOPEWISE_DATA_DIR, else the app's own data folder per platform.
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../electron/cli/database-path';

describe('defaultDatabasePath', () => {
  it('prefers $SCOPEWISE_DATA_DIR on every platform', () => {
    expect(defaultDatabasePath({ SCOPEWISE_DATA_DIR: '/data/sw' }, 'linux', '/home/ana')).toBe('/data/sw/scopewise.db');
    expect(defaultDatabasePath({ SCOPEWISE_DATA_DIR: 'D:\\sw' }, 'win32', 'C:\\Users\\ana')).toBe('D:\\sw\\scopewise.db');
  });
  it('uses the user-data folder Electron gives an app named Scopewise', () => {
    expect(defaultDatabasePath({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Scopewise/scopewise.db');
    expect(defaultDatabasePath({ XDG_CONFIG_HOME: '/home/ana/.cfg' }, 'linux', '/home/ana')).toBe('/home/ana/.cfg/Scopewise/scopewise.db');
    expect(defaultDatabasePath({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/ana')).toBe('/home/ana/.config/Scopewise/scopewise.db');
    expect(defaultDatabasePath({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Scopewise/scopewise.db');
    expect(defaultDatabasePath({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Scopewise\\scopewise.db',
    );
    expect(defaultDatabasePath({ SCOPEWISE_DATA_DIR: '' }, 'linux', '/home/ana')).toBe('/home/ana/.config/Scopewise/scopewise.db');
  });
});
