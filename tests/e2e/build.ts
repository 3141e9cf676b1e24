// Builds the renderer once for the end-to-end suite: only when out/renderer is missing or older than the sources,
// and only one test file at a time (a lock directory), since `scopewise serve` serves whatever out/renderer holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_OUT = join(ROOT, 'out', 'renderer');
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const LOCK = join(ROOT, 'out', '.renderer-build.lock');

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function stale(): boolean {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => existsSync(join(ROOT, source)) && newest(join(ROOT, source)) > built);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureRendererBuilt(): Promise<void> {
  if (!stale()) return;
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than five minutes was left by a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 300_000) throw new Error('timed out waiting for another renderer build');
      await sleep(250);
    }
  }
  try {
    if (!stale()) return;
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
