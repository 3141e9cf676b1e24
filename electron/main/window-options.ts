// The one window's options: isolation, sandbox and web security on, Node off. A pure function, asserted in tests.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 1024, height: 640 };

export function windowOptions(preloadPath: string, bounds: Bounds): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Scopewise',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open anything; new windows are denied anyway (harden.ts).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}

/** Remembered bounds are used only if they still fit on a display; otherwise the default size, centred. */
export function restoreBounds(saved: unknown, displays: readonly { x: number; y: number; width: number; height: number }[]): Bounds {
  if (saved === null || typeof saved !== 'object') return DEFAULT_BOUNDS;
  const b = saved as Record<string, unknown>;
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = num(b.width);
  const height = num(b.height);
  if (width === undefined || height === undefined) return DEFAULT_BOUNDS;
  const size = { width: Math.max(MIN_SIZE.width, width), height: Math.max(MIN_SIZE.height, height), maximized: b.maximized === true };
  const x = num(b.x);
  const y = num(b.y);
  if (x === undefined || y === undefined) return size;
  const visible = displays.some((d) => x + 100 > d.x && y + 50 > d.y && x < d.x + d.width - 100 && y < d.y + d.height - 50);
  return visible ? { ...size, x, y } : size;
}
