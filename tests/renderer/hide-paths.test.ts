import { describe, expect, test } from 'vitest';

import { HIDDEN_PATH, hidePaths } from '../../renderer/src/lib/hide-paths';

describe('hidePaths', () => {
  test('replaces a POSIX path, keeping the sentence around it and its full stop', () => {
    expect(hidePaths('/home/ana/.config/Scopewise/scopewise.db is read-only.')).toBe(`${HIDDEN_PATH} is read-only.`);
    expect(hidePaths('Exported to /tmp/x/exports/Harbour Logistics.pdf')).not.toContain('/tmp');
    expect(hidePaths('could not be written to the folder /srv/exports/harbour.')).toBe(`could not be written to the folder ${HIDDEN_PATH}.`);
  });

  test('replaces a Windows path, with backslashes or slashes', () => {
    expect(hidePaths('C:\\Users\\ana\\AppData\\Roaming\\Scopewise\\scopewise.db is damaged')).toBe(`${HIDDEN_PATH} is damaged`);
    expect(hidePaths('Backup written to D:/Backups/scopewise-1.db')).toBe(`Backup written to ${HIDDEN_PATH}`);
  });

  test('replaces a path in the home folder', () => {
    expect(hidePaths('Saved to ~/Documents/proposals/harbour.pdf, open it from there')).toBe(`Saved to ${HIDDEN_PATH}, open it from there`);
  });

  test('replaces a path whose folders hold spaces, up to the end of the path', () => {
    expect(hidePaths('The folder /home/ana/Client Files/Harbour Logistics/exports: permission denied')).toBe(`The folder ${HIDDEN_PATH}: permission denied`);
    expect(hidePaths('C:\\Users\\Ana Lopez\\My Documents\\scopewise.db is locked')).toBe(`${HIDDEN_PATH} is locked`);
    expect(hidePaths('"/Users/ana/Library/Application Support/Scopewise/scopewise.db" is read-only')).toBe(`"${HIDDEN_PATH}" is read-only`);
  });

  test('replaces the relative piece a path cut short elsewhere leaves behind', () => {
    expect(hidePaths('could not write Client Files/exports/Acme proposal.pdf: the disk is full')).not.toMatch(/exports|Files\//u);
    expect(hidePaths('Inc/exports/ข้อเสนอ.pdf is open elsewhere')).toBe(`${HIDDEN_PATH} is open elsewhere`);
  });

  test('leaves text without a path exactly as it is', () => {
    for (const text of [
      'Saved at 10:42',
      'I/O error while reading; and/or try again',
      'Exported the proposal.',
      'See https://example.com/a/b for details',
      'Due 12/05/2026, 3/4 of the budget',
      'id: expected a UUID, got "x"',
      'a single /folder is no path here',
      '',
    ])
      expect(hidePaths(text)).toBe(text);
  });
});
