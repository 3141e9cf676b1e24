// Compiles the messages (messages/<domain>/<locale>.json, described by project.inlang/settings.json) with Paraglide JS
// into typed message functions in shared/i18n/paraglide/, which is generated and not committed. Each function takes
// its locale per call (`m.some_id(inputs, { locale: 'de' })`), so a proposal renders in the client's language while
// the app stays in the consultant's. `ensureMessagesCompiled()` compiles only when a message file or the settings are
// newer than the last compile, or the output is gone. Run directly (`node build/i18n.mjs`) to compile now.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MESSAGES_DIR = join(ROOT, 'messages');
export const I18N_OUT = join(ROOT, 'shared', 'i18n', 'paraglide');
const STAMP = join(I18N_OUT, '.compiled');
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
  if (compiled === undefined) return true;
  return [SETTINGS, fileURLToPath(import.meta.url), ...messageFiles()].some((file) => modifiedMs(file) > compiled);
}

export function compileMessages() {
  const cli = join(ROOT, 'node_modules', '@inlang', 'paraglide-js', 'bin', 'run.js');
  const args = [cli, 'compile', '--project', './project.inlang', '--outdir', './shared/i18n/paraglide'];
  args.push('--silent', '--no-emit-readme', '--emit-ts-declarations', '--strategy', 'globalVariable', 'baseLocale');
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Compiling the messages failed:\n${run.stderr || run.stdout}`);
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
