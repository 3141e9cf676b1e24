// Builds the CLI (electron/cli/main.ts) into one ES module bundle, out/cli/, with esbuild: a run then starts Node on
// plain JavaScript instead of transpiling TypeScript (tsx) each time. better-sqlite3 (a native addon) stays external.
// `ensureCliBundle()` rebuilds only when a file the last build read is newer than the bundle, or gone.
// Run directly (`node build/cli-bundle.mjs`) to rebuild now.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'out', 'cli');
export const CLI_ENTRY = join(CLI_DIR, 'main.mjs');
const INPUTS = join(CLI_DIR, 'inputs.json');
export const JSPDF_UNUSED_OPTIONAL = ['canvg', 'core-js', 'dompurify', 'html2canvas'];
/** Changes to these rebuild too: the build itself, and the dependency versions. */
const ALWAYS = ['build/cli-bundle.mjs', 'package-lock.json'];

function modifiedMs(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY;
}

/**
 * True when the bundle is missing or older than any of our files its last build read, or than the build script or
 * package-lock.json. Files under node_modules are not looked at one by one: a dependency changes only with
 * package-lock.json, and skipping them halves the stats every CLI start pays (cli.start in tests/bench/metrics/cli.ts).
 */
export function isCliBundleStale() {
  const built = modifiedMs(CLI_ENTRY);
  if (built === Number.POSITIVE_INFINITY) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return true;
  }
  return [...ALWAYS, ...inputs.filter((input) => !input.startsWith('node_modules/'))].some((input) => modifiedMs(`${ROOT}/${input}`) > built);
}

/**
 * better-sqlite3 loads its native addon when imported (20-60 ms here, most of it searching for the file), which a
 * command that never opens a database (recommend, --help) should not pay. In the bundle, its import becomes a stand-in
 * that requires the real module at the first `new Database(...)`, the only way db/ uses it.
 */
const lazyBetterSqlite3 = {
  name: 'lazy-better-sqlite3',
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.kind === 'require-call' ? { path: 'better-sqlite3', external: true } : { path: 'better-sqlite3', namespace: 'lazy-better-sqlite3' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-better-sqlite3' }, () => ({
      contents: "let real; export default function Database(...args) { real ??= require('better-sqlite3'); return new real(...args); }",
      loader: 'js',
    }));
  },
};

/** Bundles the CLI; each file is written beside its final name and renamed, the entry last, so a run never reads half a build. */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    // Worker threads are entries of their own, beside the chunks that start them (db/worker-file.ts).
    entryPoints: {
      main: 'electron/cli/main.ts',
      'integrity-worker': 'db/integrity-worker.ts',
      'import-worker': 'electron/api/import-worker.ts',
      'service-worker': 'electron/api/service-worker.ts',
      'export-worker': 'electron/api/export-worker.ts',
      'render-worker': 'electron/api/render-worker.ts',
    },
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Smaller files compile faster at every start; identifiers keep their names, so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    splitting: true, // the CJK font and other lazily imported modules stay in their own chunks, read only when used
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // jsPDF requires these optional dependencies only inside html() and addSvgAsImage(), which Scopewise never calls
    // (tests/build/packaging.test.ts checks), so they are neither bundled nor shipped.
    external: JSPDF_UNUSED_OPTIONAL,
    plugins: [lazyBetterSqlite3],
    // Bundled CommonJS dependencies may call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __scopewiseRequire } from 'node:module'; const require = __scopewiseRequire(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(CLI_DIR, { recursive: true });
  const outputs = result.outputFiles.sort((a, b) => Number(a.path === CLI_ENTRY) - Number(b.path === CLI_ENTRY));
  // Inputs in a plugin's namespace ("lazy-better-sqlite3:...") or esbuild's own ("<runtime>") are no files.
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('<') && !input.includes(':'));
  writeFileSync(`${INPUTS}.tmp`, JSON.stringify(inputs));
  renameSync(`${INPUTS}.tmp`, INPUTS);
  for (const file of outputs) {
    writeFileSync(`${file.path}.tmp`, file.contents);
    renameSync(`${file.path}.tmp`, file.path);
  }
  const kept = new Set([...outputs.map((file) => relative(CLI_DIR, file.path)), 'inputs.json']);
  for (const name of readdirSync(CLI_DIR)) if (!kept.has(name) && !name.endsWith('.tmp')) rmSync(join(CLI_DIR, name), { force: true });
}

/** Rebuilds the bundle when stale; returns whether it did. */
export async function ensureCliBundle() {
  if (!isCliBundleStale()) return false;
  await buildCliBundle();
  return true;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCliBundle();
