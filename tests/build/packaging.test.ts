// The packaging configuration: fuses, what goes into the installers, icons; and one real electron-builder run
// (Linux `dir` target, with a stand-in Electron binary that carries a fuse wire) proving the afterPack hook flips them.
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, Platform } from 'electron-builder';
import config from '../../electron-builder.config';
import { FUSES, fuseConfig } from '../../build/fuses';

interface AsarDirectory {
  files: Record<string, AsarDirectory | { size: number }>;
}

const ROOT = join(import.meta.dirname, '..', '..');
const ENABLE = 49; // '1' in the fuse wire
const DISABLE = 48; // '0'

describe('Electron fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on asar-only loading, asar integrity and cookie encryption', () => {
    expect(FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('decides every fuse the installed @electron/fuses knows', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(FUSES).sort()).toEqual(known.sort());
  });

  it('builds the @electron/fuses config from the plain object, re-signing ad hoc only when asked', () => {
    const configured = fuseConfig({ resetAdHocDarwinSignature: false });
    expect(configured.version).toBe('1');
    expect(configured.resetAdHocDarwinSignature).toBe(false);
    expect(configured.strictlyRequireAllFuses).toBeUndefined();
    for (const [name, enabled] of Object.entries(FUSES)) {
      expect(configured[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(enabled);
    }
    expect(fuseConfig({ resetAdHocDarwinSignature: true }).resetAdHocDarwinSignature).toBe(true);
  });
});

describe('electron-builder configuration', () => {
  it('names the app and packages AppImage and deb, NSIS, and dmg', () => {
    expect(config.appId).toBe('io.scopewise.app');
    expect(config.productName).toBe('Scopewise');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
  });

  it('ships only the built bundles and package.json, with better-sqlite3 outside the asar', () => {
    const included = (config.files as string[]).filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
    expect(typeof config.afterPack).toBe('function');
  });

  it('points at icons that exist in build/', () => {
    const pngSize = (path: string) => {
      const png = readFileSync(join(ROOT, path));
      expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(pngSize('build/icon.png')).toEqual([512, 512]);
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.linux?.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual([size, size]);

    expect(config.win?.icon).toBe('build/icon.ico');
    const ico = readFileSync(join(ROOT, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toContain(256);
  });

  it('keeps the committed icons identical to what build/make-icons.mjs draws', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'build/make-icons.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('packaging with electron-builder', () => {
  let project = '';
  beforeAll(() => void (project = mkdtempSync(join(tmpdir(), 'scopewise-pack-'))));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** A stand-in Electron: an executable holding the fuse sentinel and Electron 45's nine-fuse default wire. */
  function standInElectron(dir: string): void {
    mkdirSync(join(dir, 'resources'), { recursive: true });
    const wire = Buffer.from('101100011', 'ascii');
    const binary = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii'), Buffer.from([1, wire.length]), wire]);
    writeFileSync(join(dir, 'electron'), binary, { mode: 0o755 });
    writeFileSync(join(dir, 'version'), '45.5.0');
  }

  /** The file paths an asar archive holds, read from its JSON header (a pickled string after two size fields). */
  function asarPaths(archive: string): string[] {
    const bytes = readFileSync(archive);
    const header = JSON.parse(bytes.toString('utf8', 16, 16 + bytes.readUInt32LE(12))) as AsarDirectory;
    const walk = (dir: AsarDirectory, prefix: string): string[] =>
      Object.entries(dir.files).flatMap(([name, entry]) => ('files' in entry ? walk(entry, `${prefix}${name}/`) : [`${prefix}${name}`]));
    return walk(header, '');
  }

  it('flips the fuses in the packed executable and packs only out/ and package.json', async () => {
    mkdirSync(join(project, 'out', 'main'), { recursive: true });
    writeFileSync(join(project, 'out', 'main', 'index.js'), 'export {};\n');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scopewise', version: '0.1.0', main: 'out/main/index.js', author: 'Test' }));
    // Things a checkout holds that must never reach an installer.
    cpSync(join(ROOT, 'build', 'fuses.ts'), join(project, 'build', 'fuses.ts'), { recursive: true });
    mkdirSync(join(project, 'electron', 'main'), { recursive: true });
    writeFileSync(join(project, 'electron', 'main', 'index.ts'), '// source\n');
    mkdirSync(join(project, '.native'), { recursive: true });
    writeFileSync(join(project, '.native', 'addon.node'), 'x');
    standInElectron(join(project, 'electron-dist'));

    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      config: { ...config, electronVersion: '45.5.0', electronDist: join(project, 'electron-dist'), npmRebuild: false, directories: { output: join(project, 'dist') } },
    });

    const unpacked = join(project, 'dist', 'linux-unpacked');
    const wire = await getCurrentFuseWire(join(unpacked, 'scopewise'));
    for (const [name, enabled] of Object.entries(FUSES)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(enabled ? ENABLE : DISABLE);
    }
    expect(wire[8 as FuseV1Options], 'a fuse newer than @electron/fuses keeps its default').toBe(ENABLE);

    expect(asarPaths(join(unpacked, 'resources', 'app.asar')).sort()).toEqual(['out/main/index.js', 'package.json']);
  }, 60_000);
});
