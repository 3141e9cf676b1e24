// An export into a folder Scopewise may not write: the answer names the cause (permission denied) and the folder,
// instead of "please try again", and nothing is written or logged.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { openServices, type Services } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { fingerprint } from './api-fixture';

const asRoot = process.getuid?.() === 0;
let dir: string | undefined;
let services: Services | undefined;
afterEach(() => {
  services?.close();
  if (dir !== undefined) {
    if (!asRoot) chmodSync(join(dir, 'locked'), 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
  services = undefined;
  dir = undefined;
});

/**
 * An exports folder this process may not write in, and one it may not create. Root passes every permission bit,
 * so as root these are places the kernel itself refuses: /sys takes no new files, and no folder can be made in it.
 */
function lockedFolders(dir: string): { existing: string; uncreatable: string } {
  if (asRoot) return { existing: '/sys', uncreatable: '/sys/scopewise-exports' };
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o500);
  return { existing: locked, uncreatable: join(locked, 'exports') };
}

describe('exports into a folder that may not be written', () => {
  for (const which of ['existing', 'uncreatable'] as const) {
    it(`name the permission cause and the folder (${which} folder), and write nothing`, async () => {
      dir = mkdtempSync(join(tmpdir(), 'scopewise-api-'));
      const folder = lockedFolders(dir)[which];
      services = await openServices({ databasePath: join(dir, 'scopewise.db'), files: browserFileActions(folder), maintenance: false });
      const handlers = createHandlers(services);
      const created = await dispatch(handlers, 'assessments.create', { fields: { clientName: 'Permission Test', projectTitle: 'Site' } });
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as { id: string }).id;
      const before = fingerprint(services.db);
      for (const [channel, payload] of [
        ['proposal.export', { id }],
        ['bundles.export', { ids: [id] }],
      ] as const) {
        const result = await dispatch(handlers, channel, payload);
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/permission denied/) } });
        if (!result.ok) expect(result.error.message).toMatch(which === 'existing' ? /folder (sys|locked)/ : /folder (sys|locked|scopewise-exports|exports)/);
      }
      expect(fingerprint(services.db)).toBe(before);
      if (!asRoot) expect(readdirSync(join(dir, 'locked'))).toEqual([]);
    });
  }
});
