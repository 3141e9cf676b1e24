// The main process entry (electron/main/index.ts, with stand-ins for the Electron objects) showing a warning from the
// services: a real database whose Settings say Deutsch on a system that speaks English, and whose daily backup cannot
// be made (a file where the backups folder should be). The box is in the language of Settings, the detail worded
// from the warning's key, with no English sentence in it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { openDatabase, saveUiLanguage } from '../../db';

const fake = await vi.hoisted(async () => (await import('./electron-fake')).electronFake('en-US'));

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const userData = mkdtempSync(join(tmpdir(), 'scopewise-main-warnings-'));

beforeAll(async () => {
  const db = await openDatabase(join(userData, 'scopewise.db'), { mounts: '' });
  saveUiLanguage(db, 'de');
  db.close();
  writeFileSync(join(userData, 'backups'), 'a file where the backups folder should be');
  fake.state.userData = userData;
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(fake.state.windows[0]?.url ?? fake.state.quit).toBe('app://scopewise/index.html'), { timeout: 20_000 });
});
afterAll(() => {
  fake.state.emit('will-quit', { preventDefault: () => {} });
  rmSync(userData, { recursive: true, force: true });
});

describe('a warning from the services, in the app', () => {
  it('is shown in the language Settings chose, not the system’s, worded from its key', async () => {
    await vi.waitFor(() => expect(fake.state.messageBoxes.filter((box) => box.type === 'warning')).toHaveLength(1), { timeout: 20_000 });
    expect(fake.state.messageBoxes).toEqual([
      {
        type: 'warning',
        message: 'Hinweis von Scopewise',
        detail: 'Die tägliche Sicherung konnte nicht erstellt werden. Ursache: Der Ordner nimmt keine neuen Dateien an.',
      },
    ]);
  });
});
