// The one window's options and the remembered-bounds rules (electron/main/window-options.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, MIN_SIZE, restoreBounds, windowOptions } from '../../electron/main/window-options';

const DISPLAY = { x: 0, y: 0, width: 1920, height: 1080 };
const RIGHT_DISPLAY = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs', { x: 10, y: 20, width: 1300, height: 900 });

  it('isolates and sandboxes the page, keeps web security on and Node out of it', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('enables nothing that weakens the renderer', () => {
    const preferences = options.webPreferences as Record<string, unknown>;
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'devTools']) {
      expect(preferences[risky], risky).toBeUndefined();
    }
  });

  it('loads the given preload and starts hidden until the page is ready', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Scopewise');
  });

  it('uses the bounds it is given, and a minimum size the layout fits in', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1300, height: 900, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height });
  });

  it('leaves the position to the system when the bounds have none', () => {
    const centred = windowOptions('/p.cjs', DEFAULT_BOUNDS);
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
    expect([centred.width, centred.height]).toEqual([DEFAULT_BOUNDS.width, DEFAULT_BOUNDS.height]);
  });
});

describe('restoreBounds', () => {
  it('restores a saved window that is still on a display', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1400, height: 900, maximized: false }, [DISPLAY])).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('restores a window on a second display', () => {
    expect(restoreBounds({ x: 2200, y: 100, width: 1400, height: 900 }, [DISPLAY, RIGHT_DISPLAY])).toMatchObject({ x: 2200, y: 100 });
  });

  it('drops the position of a window whose display is gone, keeping its size', () => {
    expect(restoreBounds({ x: 2200, y: 100, width: 1400, height: 900, maximized: true }, [DISPLAY])).toEqual({
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position that would leave the title bar off screen', () => {
    expect(restoreBounds({ x: 100, y: -400, width: 1400, height: 900 }, [DISPLAY])).not.toHaveProperty('y');
    expect(restoreBounds({ x: 1900, y: 100, width: 1400, height: 900 }, [DISPLAY])).not.toHaveProperty('x');
  });

  it('never restores a window smaller than the minimum size', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 200, height: 100 }, [DISPLAY])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('rounds fractional bounds', () => {
    expect(restoreBounds({ x: 10.4, y: 20.6, width: 1300.5, height: 900.2 }, [DISPLAY])).toMatchObject({ x: 10, y: 21, width: 1301, height: 900 });
  });

  it('falls back to the default size for missing, malformed or non-finite state', () => {
    for (const saved of [
      null,
      undefined,
      'big',
      42,
      [],
      {},
      { width: '1200', height: 800 },
      { width: Number.NaN, height: 800 },
      { width: 1200, height: Infinity },
    ]) {
      expect(restoreBounds(saved, [DISPLAY]), JSON.stringify(saved) ?? String(saved)).toEqual(DEFAULT_BOUNDS);
    }
  });

  it('keeps the size but not the position when the saved position is not a number', () => {
    expect(restoreBounds({ x: '5', y: 5, width: 1200, height: 800 }, [DISPLAY])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops the position when there are no displays to check it against', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 1200, height: 800 }, [])).not.toHaveProperty('x');
  });
});
