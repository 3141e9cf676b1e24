// The main process entry (electron/main/index.ts) wired to fakes of the Electron objects, over a real database in a
// temporary userData folder: one hardened window on app://scopewise, every channel handled and guarded, the menu's
// accelerators, and on quit the database closed with its WAL checkpointed.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { CHANNEL_NAMES } from '../../shared/api/channels';

const fake = await vi.hoisted(async () => (await import('./electron-fake')).electronFake());

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const userData = mkdtempSync(join(tmpdir(), 'scopewise-main-'));

beforeAll(async () => {
  fake.state.userData = userData;
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(fake.state.windows[0]?.url ?? fake.state.quit).toBe('app://scopewise/index.html'), { timeout: 20_000 });
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const call = (channel: string, payload: unknown, url = 'app://scopewise/index.html') =>
  fake.state.handlers.get(`scopewise:${channel}`)!({ senderFrame: { url } }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

describe('the main process, wired', () => {
  it('registers app:// as a privileged scheme before ready, and serves it', () => {
    expect(fake.state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one hardened window on app://scopewise with the sandboxed preload', () => {
    expect(fake.state.windows).toHaveLength(1);
    const window = fake.state.windows[0]!;
    expect(window.url).toBe('app://scopewise/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('keeps its database in userData and denies every permission request', () => {
    expect(existsSync(join(userData, 'scopewise.db'))).toBe(true);
    let granted: boolean | null = null;
    fake.state.permissionHandler!(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
  });

  it('handles every channel, from its own page only', async () => {
    expect([...fake.state.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((n) => `scopewise:${n}`).sort());
    const created = await call('assessments.create', { fields: { clientName: 'Wired Ltd' } });
    expect(created).toMatchObject({ ok: true, value: { clientName: 'Wired Ltd' } });
    const foreign = await call('assessments.list', {}, 'https://evil.example/');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bad = await call('assessments.get', { id: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sends menu commands to the page as a DOM event', () => {
    const menu = fake.state.menu as { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
    const item = menu.flatMap((m) => m.submenu ?? []).find((i) => i.accelerator === 'CmdOrCtrl+N')!;
    item.click!();
    expect(fake.state.windows[0]!.scripts.at(-1)).toContain("'scopewise:command'");
    expect(fake.state.windows[0]!.scripts.at(-1)).toContain('"new-assessment"');
  });

  it('names its menus in the language chosen in Settings, from the moment it is chosen', async () => {
    const labels = (): (string | undefined)[] => (fake.state.menu as { label?: string }[]).map((item) => item.label);
    expect(labels()).toContain('File');
    expect(await call('settings.update', { uiLanguage: 'de' })).toMatchObject({ ok: true, value: { uiLanguage: 'de' } });
    expect(labels()).toContain('Datei');
    expect(labels()).not.toContain('File');
    await call('settings.update', { uiLanguage: 'en' });
    expect(labels()).toContain('File');
  });

  it('closes the database on quit, checkpointing the write-ahead log into the main file', async () => {
    const failures = vi.spyOn(console, 'error');
    fake.state.emit('will-quit', { preventDefault: () => {} });
    const wal = join(userData, 'scopewise.db-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    // A call that arrives during the quit is refused plainly; it never reaches the closed database.
    const after = await call('assessments.list', {});
    expect(after).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/shutting down/) } });
    expect(failures).not.toHaveBeenCalled();
    failures.mockRestore();
  });
});
