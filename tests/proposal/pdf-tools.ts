// Independent readers for the proposal tests: poppler's pdftotext/pdffonts/pdfinfo and qpdf, run as processes.
// A missing tool fails the test with the install command; it never skips (CI installs poppler-utils and qpdf).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALL = 'install them with: apt-get install -y poppler-utils qpdf';

function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not installed; the proposal tests read PDFs with poppler-utils and qpdf, ${INSTALL}`);
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Fails with a clear message when a tool is missing (call in beforeAll). */
export function requirePdfTools(): void {
  for (const [tool, flag] of [
    ['pdftotext', '-v'],
    ['pdffonts', '-v'],
    ['pdfinfo', '-v'],
    ['qpdf', '--version'],
  ] as const) {
    const result = spawnSync(tool, [flag], { encoding: 'utf8' });
    if (result.error !== undefined) throw new Error(`${tool} is not installed; the proposal tests need it, ${INSTALL}`);
  }
}

/** A temporary folder for one test file's PDFs, removed by the returned cleanup. */
export function tempFolder(): { path: (name: string) => string; write: (name: string, bytes: Uint8Array) => string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-proposal-'));
  return {
    path: (name) => join(folder, name),
    write: (name, bytes) => {
      const file = join(folder, name);
      writeFileSync(file, bytes);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id.
    const parts = line.trim().split(/\s+/);
    const [emb, sub, uni] = parts.slice(-5, -2);
    return {
      name: parts[0]!,
      type: parts.slice(1, -6).join(' '),
      encoding: parts[parts.length - 6]!,
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** qpdf's structural check; returns its report (throws when qpdf finds errors). */
export function qpdfCheck(file: string): string {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (result.error !== undefined) throw new Error(`qpdf is not installed; ${INSTALL}`);
  // Exit 0: fine; 3: warnings only; 2: errors.
  if (result.status !== 0) throw new Error(`qpdf --check found problems (${result.status}): ${result.stdout}${result.stderr}`);
  return result.stdout;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word with its box, from pdftotext -bbox (points, origin top left). */
export function pdfWords(file: string): { pages: Page[]; words: Word[] } {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const pages: Page[] = [];
  const words: Word[] = [];
  const pattern = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pattern)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length, text: decode(m[7]!), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words };
}

/** Words whose box is not inside the page shrunk by `inset` points on every side. */
export function wordsOutside(file: string, inset: number): Word[] {
  const { pages, words } = pdfWords(file);
  return words.filter((w) => {
    const page = pages[w.page - 1]!;
    return w.xMin < inset || w.yMin < inset || w.xMax > page.width - inset || w.yMax > page.height - inset;
  });
}

export interface TextLine {
  page: number;
  text: string;
  yMin: number;
  yMax: number;
}

/** The words of every page put back into lines: words whose boxes share a baseline (within a point), left to right, top to bottom. */
export function pdfLines(file: string): TextLine[] {
  const words = [...pdfWords(file).words].sort((a, b) => a.page - b.page || a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: (TextLine & { words: Word[] })[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.page === word.page && Math.abs(last.yMax - word.yMax) <= 1) {
      last.words.push(word);
      last.yMin = Math.min(last.yMin, word.yMin);
    } else lines.push({ page: word.page, text: '', yMin: word.yMin, yMax: word.yMax, words: [word] });
  }
  return lines.map(({ words: members, ...line }) => ({
    ...line,
    text: members
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  }));
}
