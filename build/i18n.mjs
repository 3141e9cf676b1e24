// Compiles the messages (messages/<domain>/<locale>.json, described by project.inlang/settings.json) with Paraglide JS
// into typed message functions in shared/i18n/paraglide/, which is generated and not committed. Each function takes
// its locale per call (`m.some_id(inputs, { locale: 'de' })`), so a proposal renders in the client's language while
// the app stays in the consultant's. `ensureMessagesCompiled()` compiles only when a message file or the settings are
// newer than the last compile, or the output is gone. Run directly (`node build/i18n.mjs`) to compile now.
//
// A second output, shared/i18n/paraglide-app/, holds the same messages in the app's own languages only (APP_LOCALES,
// the UI_LANGUAGES of shared/i18n/language.ts): the window's build reads it instead (electron.vite.config.ts), so its
// first load carries the engine's and the scope's words in English and German, not in every proposal language, which
// only the proposal (rendered outside the window) needs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MESSAGES_DIR = join(ROOT, 'messages');
export const I18N_OUT = join(ROOT, 'shared', 'i18n', 'paraglide');
export const I18N_APP_OUT = join(ROOT, 'shared', 'i18n', 'paraglide-app');
/** The languages the app's window speaks: UI_LANGUAGES in shared/i18n/language.ts (tests/i18n/coverage.test.ts checks they agree). */
export const APP_LOCALES = ['en', 'de'];
const STAMP = join(I18N_APP_OUT, '.compiled');
const SETTINGS = join(ROOT, 'project.inlang', 'settings.json');

function modifiedMs(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY;
}

function messageFiles() {
  return readdirSync(MESSAGES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(MESSAGES_DIR, name));
}

/** True when the compiled messages are missing or older than a message file, the settings or this script. */
export function areMessagesStale() {
  const compiled = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs;
  if (compiled === undefined || modifiedMs(join(I18N_OUT, 'messages.js')) === Number.POSITIVE_INFINITY) return true;
  return [SETTINGS, fileURLToPath(import.meta.url), ...messageFiles()].some((file) => modifiedMs(file) > compiled);
}

/**
 * The full set is read by Node (the CLI, the main process, the tests): one module per language, a few files to load
 * instead of one per message, which each test process would otherwise load one by one. The window's set is bundled:
 * one module per message, so the bundler keeps only the messages the window uses. Types (.d.ts) only where
 * TypeScript reads them: the window's build takes its output as plain JavaScript.
 */
function compile(project, outdir, forNode) {
  const cli = join(ROOT, 'node_modules', '@inlang', 'paraglide-js', 'bin', 'run.js');
  const args = [cli, 'compile', '--project', project, '--outdir', outdir, '--silent', '--no-emit-readme'];
  args.push('--strategy', 'globalVariable', 'baseLocale');
  if (forNode) args.push('--emit-ts-declarations', '--output-structure', 'locale-modules');
  else args.push('--no-emit-ts-declarations', '--output-structure', 'message-modules');
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Compiling the messages failed:\n${run.stderr || run.stdout}`);
}

/**
 * The app's project: the same settings with the app's languages only. Written under out/ (paths in an inlang project
 * are relative to the folder that holds it, hence the two levels up).
 */
function writeAppProject() {
  const settings = JSON.parse(readFileSync(SETTINGS, 'utf8'));
  const up = (path) => path.replace(/^\.\//, '../../');
  const format = settings['plugin.inlang.messageFormat'];
  const app = {
    ...settings,
    locales: APP_LOCALES,
    modules: settings.modules.map(up),
    'plugin.inlang.messageFormat': { ...format, pathPattern: [format.pathPattern].flat().map(up) },
  };
  const folder = join(ROOT, 'out', 'i18n', 'app.inlang');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'settings.json'), `${JSON.stringify(app, null, 2)}\n`);
  return './out/i18n/app.inlang';
}

export function compileMessages() {
  compile('./project.inlang', './shared/i18n/paraglide', true);
  compile(writeAppProject(), './shared/i18n/paraglide-app', false);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

export function ensureMessagesCompiled() {
  if (!areMessagesStale()) return false;
  compileMessages();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale')) ensureMessagesCompiled();
  else compileMessages();
}
