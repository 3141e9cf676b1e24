// How it looks and what it loads: light and dark themes from the OS, usable from 1024×640 to 4K, system fonts,
// nothing fetched from anywhere but the app, pdf.js and its worker from our own bundle, a small initial script.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { initialJs } from './initial-js';
import { callApi, foreignRequests, openDemoSession, type Session, tokenLeaks } from './session';

let s: Session;
let assessmentHash = '';
beforeAll(async () => {
  s = await openDemoSession(40, { colorScheme: 'dark' });
  await s.open();
  await s.page.getByTestId('assessment-row').first().waitFor();
  assessmentHash = new URL((await s.page.getByTestId('assessment-row').first().getAttribute('href'))!, s.serve.origin).hash;
  // A drafted scope, so its grid and totals are audited and measured like every other screen.
  const drafted = await callApi(s, 'scope.draft', { id: assessmentHash.split('/').at(-1)! });
  expect(drafted).toMatchObject({ ok: true });
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

const SCREENS = ['list', 'editor', 'scope', 'proposal', 'revisions', 'settings', 'trash'] as const;
type Screen = (typeof SCREENS)[number];

async function visit(screen: Screen): Promise<void> {
  const hash = {
    list: '#/',
    editor: assessmentHash,
    scope: `${assessmentHash}/scope`,
    proposal: `${assessmentHash}/proposal`,
    revisions: `${assessmentHash}/revisions`,
    settings: '#/settings',
    trash: '#/trash',
  }[screen];
  await s.page.evaluate((h) => (location.hash = h), hash);
  const ready = {
    list: () => s.page.getByTestId('assessment-row').first().waitFor(),
    editor: () => s.page.getByTestId('recommended').waitFor(),
    scope: () => s.page.getByTestId('scope-row').first().waitFor(),
    proposal: () => s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor({ timeout: 20_000 }),
    revisions: () => s.page.getByRole('heading', { name: 'Revisions', exact: true }).waitFor(),
    settings: () => s.page.getByLabel('Company name').waitFor(),
    trash: () => s.page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor(),
  }[screen];
  await ready();
}

/** Nothing sticks out sideways, and the app-wide buttons are on screen (Settings only out of presentation mode). */
async function expectFits(screen: Screen, width: number): Promise<void> {
  const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${screen} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
  // Settings is out of reach while presenting (its paths and rates are not for the client).
  const presenting = (await s.page.getByTestId('presentation-toggle').getAttribute('aria-pressed')) === 'true';
  if (presenting) expect(await s.page.getByRole('button', { name: 'Settings', exact: true }).count()).toBe(0);
  for (const name of presenting ? ['New assessment'] : ['New assessment', 'Settings']) {
    const box = await s.page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x + box!.width, `${name} on ${screen} at ${width}px`).toBeLessThanOrEqual(width);
  }
  if (screen !== 'list' && screen !== 'settings' && screen !== 'trash') {
    const box = await s.page.getByRole('button', { name: 'Export PDF', exact: true }).boundingBox();
    expect(box!.x + box!.width, `Export PDF on ${screen} at ${width}px`).toBeLessThanOrEqual(width);
  }
}

describe('looks', () => {
  test('the dark theme follows the OS, and every screen passes axe in it', async () => {
    const background = await s.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(120);
    for (const screen of SCREENS) {
      await visit(screen);
      await s.screenshot(`dark-${screen}`);
      const violations = await s.audit();
      expect(violations, `${screen} (dark): ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });

  test('the light theme follows the OS too, and passes axe on every screen', async () => {
    await s.page.emulateMedia({ colorScheme: 'light' });
    const background = await s.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeGreaterThan(600);
    for (const screen of SCREENS) {
      await visit(screen);
      await s.screenshot(`light-${screen}`);
      const violations = await s.audit();
      expect(violations, `${screen} (light): ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });

  test('usable at 1024×640: nothing scrolls sideways and the main buttons are on screen', async () => {
    await s.page.setViewportSize({ width: 1024, height: 640 });
    for (const screen of SCREENS) {
      await visit(screen);
      await expectFits(screen, 1024);
      await s.screenshot(`1024x640-${screen}`);
    }
    await visit('editor');
    const panel = await s.page.getByTestId('recommended').boundingBox();
    expect(panel!.y + panel!.height).toBeLessThanOrEqual(640);
  });

  test('usable at 4K, in presentation mode too', async () => {
    await s.page.setViewportSize({ width: 3840, height: 2160 });
    for (const screen of SCREENS) {
      await visit(screen);
      await expectFits(screen, 3840);
    }
    await visit('editor');
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await expectFits('editor', 3840);
    await s.screenshot('4k-editor-presentation');
    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await s.page.getByTestId('leave-presentation').click();
    await s.page.setViewportSize({ width: 1280, height: 800 });
  });

  test('system fonts only: no web font is loaded by the app', async () => {
    await visit('list');
    const fonts = await s.page.evaluate(() => ({ family: getComputedStyle(document.body).fontFamily, faces: document.fonts.size }));
    expect(fonts.family).toMatch(/^system-ui/);
    expect(fonts.faces).toBe(0);
  });

  test('pdf.js and its worker came from the app itself (no token needed), no request left 127.0.0.1, and the token is in no URL or cookie', async () => {
    const origin = s.serve.origin;
    expect(s.requests.some((url) => url.startsWith(`${origin}/assets/pdf.worker`))).toBe(true);
    expect(foreignRequests(s.requests, origin)).toEqual([]);
    expect(await tokenLeaks(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('the initial JavaScript is at most 250 KB gzipped and does not include pdf.js', () => {
    const js = initialJs();
    expect(js.files.length).toBeGreaterThan(0);
    expect(
      js.names.some((name) => /pdf/i.test(name)),
      js.names.join(', '),
    ).toBe(false);
    expect(js.includesPdfJs).toBe(false);
    expect(js.gzipBytes).toBeLessThanOrEqual(250 * 1024);
  });
});
