// The packaging configuration: fuses, what goes into the installers, icons; and one real electron-builder run
// (Linux `dir` target, with a stand-in Electron binary that carries a fuse wire) proving the afterPack hook flips them.
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, Platform } from 'electron-builder';
import config, { JSPDF_BUILD_IN_USE, JSPDF_UNUSED_DEPENDENCIES } from '../../electron-builder.config';
import { ensureCliBundle, JSPDF_UNUSED_OPTIONAL } from '../../build/cli-bundle.mjs';
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
      config: {
        ...config,
        electronVersion: '45.5.0',
        electronDist: join(project, 'electron-dist'),
        npmRebuild: false,
        directories: { output: join(project, 'dist') },
      },
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

// electron-builder normalises the configuration it is given in place (the fuse test's build above does), so the
// payload test packs with a copy taken before any build ran.
const CONFIG_AS_WRITTEN = JSON.stringify(config);

describe('the installer payload', () => {
  let work = '';
  beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'scopewise-payload-'))));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Every file path an asar archive holds (a pickled JSON header after two size fields), with its size. */
  function asarFiles(archive: string): string[] {
    const bytes = readFileSync(archive);
    const header = JSON.parse(bytes.toString('utf8', 16, 16 + bytes.readUInt32LE(12))) as AsarDirectory;
    const walk = (dir: AsarDirectory, prefix: string): string[] =>
      Object.entries(dir.files).flatMap(([name, entry]) => ('files' in entry ? walk(entry, `${prefix}${name}/`) : [`${prefix}${name}`]));
    return walk(header, '');
  }

  it('packs the real tree with no source maps, static libraries, CLI bundle, unused jsPDF builds or optional dependencies', async () => {
    // The real project and its production node_modules, with a stand-in Electron (no binary here), as `npm run dist` would.
    mkdirSync(join(ROOT, 'out', 'main'), { recursive: true });
    const dist = join(work, 'electron-dist');
    mkdirSync(join(dist, 'resources'), { recursive: true });
    const wire = Buffer.from('101100011', 'ascii');
    writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii'), Buffer.from([1, wire.length]), wire]), {
      mode: 0o755,
    });
    writeFileSync(join(dist, 'version'), '45.5.0');
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        ...(JSON.parse(CONFIG_AS_WRITTEN) as typeof config),
        afterPack: config.afterPack,
        electronVersion: '45.5.0',
        electronDist: dist,
        npmRebuild: false,
        directories: { output: join(work, 'dist') },
      },
    });
    const resources = join(work, 'dist', 'linux-unpacked', 'resources');
    const files = asarFiles(join(resources, 'app.asar'));
    expect(files).toContain('package.json');
    expect(files).toContain('node_modules/jspdf/package.json');
    expect(files).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(files.filter((file) => /\.(map|a|lib|o|obj)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('out/cli/'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('node_modules/jspdf/dist/'))).toEqual([`node_modules/jspdf/dist/${JSPDF_BUILD_IN_USE}`]);
    for (const name of JSPDF_UNUSED_DEPENDENCIES)
      expect(
        files.filter((file) => file.startsWith(`node_modules/${name}/`)),
        name,
      ).toEqual([]);
  }, 300_000);

  it('names as the jsPDF in use the file Node resolves for it, and leaves out of the CLI bundle only what the installer leaves out', () => {
    const require = createRequire(join(ROOT, 'package.json'));
    expect(basename(require.resolve('jspdf'))).toBe(JSPDF_BUILD_IN_USE);
    for (const name of JSPDF_UNUSED_OPTIONAL) expect(JSPDF_UNUSED_DEPENDENCIES).toContain(name);
    const optional = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'jspdf', 'package.json'), 'utf8')) as { optionalDependencies: object }).optionalDependencies,
    );
    expect(optional.sort()).toEqual([...JSPDF_UNUSED_OPTIONAL].sort());
  });

  it('never loads jsPDF’s optional dependencies while exporting a proposal', async () => {
    await ensureCliBundle();
    const folder = mkdtempSync(join(work, 'proposal-'));
    const database = join(folder, 'scopewise.db');
    // Records every module the CLI process requires, by the name asked for, and prints the names at exit.
    const probe =
      'data:text/javascript,import { Module } from "node:module"; const seen = new Set(); const load = Module._load;' +
      ' Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };' +
      ' process.on("exit", () => process.stderr.write("required " + JSON.stringify([...seen]) + "\\n"));';
    const run = (args: string[]): { stdout: string; required: string[] } => {
      const result = spawnSync(process.execPath, ['--import', probe, join(ROOT, 'build', 'scopewise.mjs'), ...args, '--db', database], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      return { stdout: result.stdout, required: JSON.parse(/required (\[.*\])/.exec(result.stderr)![1]!) as string[] };
    };
    run(['demo', '--count', '1']);
    const id = /[0-9a-f-]{36}/.exec(run(['list']).stdout)![0];
    const { required } = run(['proposal', id, '--out', join(folder, 'proposal.pdf')]);
    expect(readFileSync(join(folder, 'proposal.pdf')).subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(required, 'the probe sees what the bundle requires').toContain('better-sqlite3');
    for (const name of JSPDF_UNUSED_OPTIONAL) expect(required, name).not.toContain(name);
  }, 120_000);
});
