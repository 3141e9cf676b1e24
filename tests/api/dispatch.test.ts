// dispatch(): the one place calls are served; its error messages never show the layout of the disk.
import { describe, expect, it } from 'vitest';

import { withoutPaths } from '../../electron/api/without-paths';

describe('error messages crossing the API boundary', () => {
  it('name a file by its last part, never by its absolute path', () => {
    expect(withoutPaths('/home/ana/.config/Scopewise/backups/scopewise-1.db: not a good backup')).toBe('scopewise-1.db: not a good backup');
    expect(withoutPaths('the folder /tmp/x/y does not exist')).toBe('the folder y does not exist');
    expect(withoutPaths('C:\\Users\\ana\\AppData\\Roaming\\Scopewise\\scopewise.db is damaged')).toBe('scopewise.db is damaged');
  });

  it('leaves ordinary words with slashes alone', () => {
    expect(withoutPaths('I/O error while reading; and/or try again')).toBe('I/O error while reading; and/or try again');
    expect(withoutPaths('id: expected a UUID, got "x"')).toBe('id: expected a UUID, got "x"');
  });
});
