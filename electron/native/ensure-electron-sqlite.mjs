#!/usr/bin/env node
// Before `npm start`: makes sure a better-sqlite3 build for Electron's ABI exists beside the Node build.
// node_modules/better-sqlite3 stays built for Node (tests, CLI); the Electron copy lives in .native/, and the
// main process passes it to better-sqlite3 as `nativeBinding`. Needs the internet once (prebuilt download,
// else headers for a source build), like Electron's own first run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;

export const target = join(root, '.native', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}`);
const binding = join(target, 'build', 'Release', 'better_sqlite3.node');

if (existsSync(binding)) {
  process.exit(0);
}
console.error(`scopewise: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)...`);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) cpSync(join(sqliteDir, entry), join(target, entry), { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
try {
  execFileSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], { cwd: target, stdio: 'inherit' });
} catch {
  try {
    execFileSync(
      bin('node-gyp'),
      ['rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
      {
        cwd: target,
        stdio: 'inherit',
      },
    );
  } catch {
    // Reported below; a half-built folder must not pass for a build next time.
  }
}
if (!existsSync(binding)) {
  rmSync(target, { recursive: true, force: true });
  console.error(
    "scopewise: could not get better-sqlite3 for Electron: it needs the internet once (a prebuilt download, or Electron's\n" +
      'headers for a build from source with python3, make and a C++ compiler). See the messages above; nothing else was changed.',
  );
  process.exit(1);
}
