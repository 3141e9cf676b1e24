// The desktop shell, end to end in real Electron (Playwright's Electron support): one isolated, sandboxed
// window on app://scopewise showing the app, the preload surface equal to the contract, navigation and new
// windows refused. Run by `npm run e2e:electron` on a machine with the Electron binary; never by `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/api/channels';

const ROOT = join(import.meta.dirname, '..', '..');

let app: ElectronApplication;
let page: Page;
let userData: string;

beforeAll(async () => {
  // Each run gets its own data folder: the switch for Electron, XDG_CONFIG_HOME for Linux as well.
  userData = mkdtempSync(join(tmpdir(), 'scopewise-e2e-electron-'));
  app = await electron.launch({
    args: ['.', `--user-data-dir=${userData}`],
    cwd: ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: userData, ELECTRON_ENABLE_LOGGING: '1' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

describe('the Electron shell', () => {
  it('keeps its data in the folder this run gave it', async () => {
    const path = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(path.startsWith(userData)).toBe(true);
  });

  it('opens one window titled Scopewise, loaded from app://scopewise, showing the app', async () => {
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/scopewise\//);
    expect(await page.title()).toBe('Scopewise');
    await page.locator('#app > *').first().waitFor({ state: 'attached' });
  });

  it('gives the page no Node: no require, process, module or Buffer', async () => {
    expect(await page.evaluate('[typeof require, typeof process, typeof module, typeof Buffer]')).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('exposes window.scopewise with exactly the contract’s channels and nothing of Electron', async () => {
    const keys = await page.evaluate('Object.keys(window.scopewise)');
    expect(keys).toEqual([...CHANNEL_NAMES]);
    expect(await page.evaluate('Object.keys(window).filter((key) => /electron|ipc/i.test(key))')).toEqual([]);
  });

  it('serves a call from the page through IPC', async () => {
    const answer = (await page.evaluate("window.scopewise['settings.get']({})")) as { ok: boolean };
    expect(answer.ok).toBe(true);
  });

  it('sends the Content-Security-Policy header with the page', async () => {
    const policy = await page.evaluate("fetch('app://scopewise/index.html').then((r) => r.headers.get('content-security-policy'))");
    expect(policy).toContain("script-src 'self'");
  });

  it('refuses to navigate away and to open new windows', async () => {
    await page.evaluate("location.href = 'https://example.com/'");
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/scopewise\//);
    expect(await page.evaluate("window.open('app://scopewise/index.html') === null")).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
