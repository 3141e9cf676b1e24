// `npm run audit`: runs @doyensec/electronegativity over electron/ and renderer/index.html, offline, for the
// installed Electron version, and exits 1 on any HIGH or MEDIUM finding not in reviewed-findings.ts, on a file
// it could not parse, or when its canary (a deliberately unsafe window) goes unnoticed. Reads the sources only.
import type { ElectronegativityIssue, RunOptions, RunResult } from '@doyensec/electronegativity';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { judgeFindings, type Finding } from './findings';
import { REVIEWED_FINDINGS } from './reviewed-findings';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['electron', join('renderer', 'index.html')];
/** What electronegativity parses; other module extensions are staged under a name it reads (x.mjs → x.mjs.js). */
const SCANNED = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
const RENAMED: Record<string, string> = { '.mjs': '.js', '.cjs': '.js', '.mts': '.ts', '.cts': '.ts' };
/** The one check that needs the network (it downloads Electron's release list); the version is pinned in package.json. */
const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

// A window with isolation and the sandbox turned off, written with the TypeScript syntax the sources use:
// if the audit stops reporting it, TypeScript is no longer being parsed or the checks no longer run.
const CANARY_FILE = '__audit-canary__.ts';
const CANARY = `import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
const size = { width: 800, height: 600 } as const satisfies Partial<BrowserWindowConstructorOptions>;
export const open = (title?: string): BrowserWindow => new BrowserWindow({ ...size, title: title ?? 'x', webPreferences: { contextIsolation: false, sandbox: false } });
`;
const CANARY_CHECKS = ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK'];

const require = createRequire(join(ROOT, 'package.json'));
/**
 * Before every run electronegativity downloads fresh translations from S3 and, offline, waits out three failed
 * attempts. Its English texts ship inside the package, so the audit swaps its locale loader for one that only
 * reads those: no network request at all. If a future version moves the loader, the tool's own one is used.
 */
function loadElectronegativity(): (options: RunOptions) => Promise<RunResult> {
  try {
    const loader = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
    const i18n = createRequire(loader)('i18n') as { configure(options: object): void; setLocale(locale: string): void };
    const offline = new Module(loader);
    offline.exports = async () => {
      i18n.configure({
        locales: ['en-US'],
        defaultLocale: 'en-US',
        directory: dirname(loader),
        updateFiles: false,
        objectNotation: true,
        register: globalThis,
      });
      i18n.setLocale('en-US');
    };
    offline.loaded = true;
    require.cache[loader] = offline;
  } catch {
    console.log("note: using electronegativity's own locale loader, which tries to download translations");
  }
  return require('@doyensec/electronegativity') as (options: RunOptions) => Promise<RunResult>;
}

const version = (name: string): string => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(path, entry))
    .filter((file) => !file.split(sep).includes('node_modules') && statSync(file).isFile());
}

/** Copies the sources into a scratch folder, so one scan sees the main process and the page's CSP together. */
function stage(into: string): Map<string, string> {
  const staged = new Map<string, string>(); // staged relative path → repository relative path
  for (const source of SOURCES) {
    for (const file of filesUnder(join(ROOT, source))) {
      const ext = extname(file);
      const extra = RENAMED[ext] ?? '';
      if (!SCANNED.has(ext) && extra === '') continue;
      const path = relative(ROOT, file);
      mkdirSync(dirname(join(into, path)), { recursive: true });
      copyFileSync(file, join(into, path + extra));
      staged.set(path + extra, path);
    }
  }
  writeFileSync(join(into, CANARY_FILE), CANARY);
  return staged;
}

function toFinding(issue: ElectronegativityIssue, staged: Map<string, string>): Finding {
  const file = issue.file === 'N/A' ? 'N/A' : (staged.get(issue.file) ?? issue.file);
  return {
    check: issue.id,
    severity: issue.severity.name as Finding['severity'],
    confidence: issue.confidence.name,
    file: file.split(sep).join('/'),
    line: issue.location.line,
    sample: (issue.sample ?? '').trim(),
    description: issue.description,
  };
}

const show = (f: Finding): string =>
  `  ${f.severity} ${f.check} (${f.confidence}) ${f.file}${f.file === 'N/A' ? '' : `:${f.line}`}\n    ${f.description}${f.sample ? `\n    > ${f.sample.slice(0, 160)}` : ''}`;

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'scopewise-audit-'));
  try {
    const staged = stage(scratch);
    const electronVersion = version('electron');
    const run = loadElectronegativity();
    const result = await run({
      input: scratch,
      electronVersionOverride: electronVersion,
      excludeFromScan: ONLINE_CHECKS.map((check) => check.toLowerCase()),
      isRelative: true,
    });

    let failed = false;
    console.log(
      `electronegativity ${version('@doyensec/electronegativity')} for Electron ${electronVersion}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks (skipped, needs the network: ${ONLINE_CHECKS.join(', ')})`,
    );
    console.log(
      `scanned ${staged.size} files from ${SOURCES.join(' and ')} (${[...staged.values()].filter((p) => p.endsWith('.ts')).length} TypeScript), plus the canary`,
    );

    const unparsed = result.errors.filter((error) => !error.tolerable);
    for (const error of result.errors)
      console.log(`  ${error.tolerable ? 'parsed with warnings' : 'COULD NOT PARSE'}: ${relative(scratch, error.file)}: ${error.message}`);
    if (unparsed.length > 0) {
      console.log(`FAIL: ${unparsed.length} file(s) could not be parsed, so they were not audited.`);
      failed = true;
    }

    const canary = result.issues.filter((issue) => issue.file === CANARY_FILE);
    const missed = CANARY_CHECKS.filter((check) => !canary.some((issue) => issue.id === check));
    if (missed.length > 0) {
      console.log(`FAIL: the canary window was not flagged by ${missed.join(', ')}: the audit is not seeing TypeScript sources.`);
      failed = true;
    }

    const findings = result.issues.filter((issue) => issue.file !== CANARY_FILE).map((issue) => toFinding(issue, staged));
    const bySeverity = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((level) => `${level} ${findings.filter((f) => f.severity === level).length}`);
    console.log(`findings: ${bySeverity.join(', ')}`);

    const verdict = judgeFindings(findings, REVIEWED_FINDINGS);
    if (verdict.reviewed.length > 0) {
      console.log(`\nreviewed false positives (${verdict.reviewed.length}), see tests/audit/reviewed-findings.ts:`);
      for (const { finding, reason } of verdict.reviewed) console.log(`${show(finding)}\n    reviewed: ${reason}`);
    }
    if (verdict.notes.length > 0) {
      console.log(`\nlow and informational (${verdict.notes.length}):`);
      for (const finding of verdict.notes) console.log(show(finding));
    }
    if (verdict.stale.length > 0) {
      console.log(`\nFAIL: reviewed entries that match no finding any more (delete them from tests/audit/reviewed-findings.ts):`);
      for (const entry of verdict.stale) console.log(`  ${entry.check} ${entry.file} ${entry.line}`);
      failed = true;
    }
    if (verdict.blocking.length > 0) {
      console.log(`\nFAIL: ${verdict.blocking.length} HIGH or MEDIUM finding(s):`);
      for (const finding of verdict.blocking) console.log(show(finding));
      failed = true;
    }
    console.log(failed ? '\naudit failed' : `\naudit clean: no unreviewed HIGH or MEDIUM finding`);
    return failed ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
