// `scopewise proposal <id> --out <pdf>`: writes the PDF atomically and logs it; bad ids and paths exit 2 and write nothing.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAssessment, listExports, saveAssessment, saveBranding, sha256Hex, trashAssessment } from '../../db';
import { cli, type CliResult } from '../cli/cli-helpers';
import { openForTest } from '../db/temp';
import { SAMPLE_BRANDING } from './fixtures';
import { png } from './images';
import { pdfInfo, pdfText, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

let counter = 0;
async function seeded(): Promise<{ db: string; id: string; out: string; dir: string }> {
  const dir = folder.path(`case-${++counter}`);
  mkdirSync(dir);
  const db = join(dir, 'scopewise.db');
  const handle = await openForTest(db, { mounts: '' });
  const { id } = createAssessment(
    handle,
    {
      clientName: 'Nordlicht Reisen AG',
      projectTitle: 'Booking platform',
      consultant: 'Jonas Berg',
      requirements: { projectKind: 'ecommerce', adminPanel: true, auth: 'roles' },
      notes: 'Needs a back office.',
    },
    { now: new Date('2026-02-03T10:00:00+01:00') },
  );
  handle.close();
  return { db, id, out: join(dir, 'proposal.pdf'), dir };
}

function expectBadInput(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

/** Nothing but the database (and its journal files) in the folder: no PDF, no temporary file. */
function expectNothingWritten(dir: string): void {
  expect(readdirSync(dir).filter((name) => !name.startsWith('scopewise.db'))).toEqual([]);
}

describe('scopewise proposal', () => {
  it('writes the proposal PDF, logs it with the SHA-256 of its bytes and prints a summary', async () => {
    const { db, id, out, dir } = await seeded();
    const result = await cli(['proposal', id, '--out', out, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bytes = readFileSync(out);
    qpdfCheck(out);
    expect(pdfText(out)).toContain('Nordlicht Reisen AG');
    expect(result.stdout).toContain(`wrote ${out}: ${pdfInfo(out).Pages} pages`);
    expect(result.stdout).toContain(sha256Hex(bytes));
    const handle = await openForTest(db, { mounts: '' });
    expect(listExports(handle, id)).toMatchObject([{ kind: 'proposal', path: out, sha256: sha256Hex(bytes), revision: 1 }]);
    expect(readdirSync(dir).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('writes the client edition by default and the internal one on request, logging each edition; one proposal number for both', async () => {
    const { db, id, out, dir } = await seeded();
    const internal = join(dir, 'internal.pdf');
    expect((await cli(['proposal', id, '--out', out, '--db', db])).code).toBe(0);
    const result = await cli(['proposal', id, '--out', internal, '--db', db, '--edition', 'internal']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('internal edition');
    expect(pdfText(out)).not.toContain('Needs a back office.');
    expect(pdfText(internal)).toContain('Needs a back office.');
    const number = /SW-\d{4}-0001/.exec(pdfText(out, 1))?.[0];
    expect(number).toBeDefined();
    expect(pdfText(internal, 1)).toContain(number);
    const handle = await openForTest(db, { mounts: '' });
    expect(
      listExports(handle, id)
        .map((e) => [e.path, e.edition])
        .sort(),
    ).toEqual([
      [internal, 'internal'],
      [out, 'client'],
    ]);
    handle.close();
    expectBadInput(await cli(['proposal', id, '--out', join(dir, 'x.pdf'), '--db', db, '--edition', 'secret']), /--edition: expected client or internal/);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('writes byte-identical files for the same revision and branding, and a new one after a change', async () => {
    const { db, id, out, dir } = await seeded();
    expect((await cli(['proposal', id, '--out', out, '--db', db])).code).toBe(0);
    const again = join(dir, 'again.pdf');
    expect((await cli(['proposal', id, '--out', again, '--db', db])).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);

    const handle = await openForTest(db, { mounts: '' });
    saveAssessment(handle, id, { projectTitle: 'Booking platform and partner API' }, { now: new Date('2026-02-05T09:00:00+01:00') });
    saveBranding(handle, { ...SAMPLE_BRANDING, logo: { mime: 'image/png', base64: png(200, 60).toString('base64') } });
    handle.close();
    const changed = join(dir, 'changed.pdf');
    expect((await cli(['proposal', id, '--out', changed, '--db', db])).code).toBe(0);
    expect(readFileSync(changed).equals(readFileSync(out))).toBe(false);
    expect(pdfText(changed)).toContain('Booking platform and partner API');
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const { db, id, out } = await seeded();
    writeFileSync(out, 'old contents');
    expect((await cli(['proposal', id, '--out', out, '--db', db])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 2 for a malformed or unknown id, and writes nothing', async () => {
    const { db, out, dir } = await seeded();
    expectBadInput(await cli(['proposal', 'not-an-id', '--out', out, '--db', db]), /^scopewise: id: /);
    expectBadInput(
      await cli(['proposal', '6f1c2b9e-0000-4000-8000-000000000000', '--out', out, '--db', db]),
      /no assessment with id 6f1c2b9e-0000-4000-8000-000000000000/,
    );
    expectBadInput(await cli(['proposal', '6f1c2b9e-0000-4000-8000-000000000000', '--out', out, '--db', join(dir, 'absent.db')]), /no assessment/);
    expectNothingWritten(dir);
    expect(existsSync(join(dir, 'absent.db'))).toBe(false);
  });

  it('exits 2 for a missing --out, a folder as --out, and a folder that does not exist', async () => {
    const { db, id, dir } = await seeded();
    expectBadInput(await cli(['proposal', id, '--db', db]), /missing --out/);
    expectBadInput(await cli(['proposal', id, '--out', dir, '--db', db]), /is a folder; give a file name/);
    expectBadInput(await cli(['proposal', id, '--out', join(dir, 'no', 'such', 'folder', 'p.pdf'), '--db', db]), /folder .* does not exist/);
    expectNothingWritten(dir);
  });

  it('exits 2 for an --out name longer than file systems allow, naming the limit; a name just under it is written', async () => {
    const { db, id, dir } = await seeded();
    expectBadInput(await cli(['proposal', id, '--out', join(dir, `${'株'.repeat(100)}.pdf`), '--db', db]), /file name is 304 bytes long; .*at most 255 bytes/);
    expectNothingWritten(dir);
    const near = join(dir, `${'ж'.repeat(125)}.pdf`);
    expect((await cli(['proposal', id, '--out', near, '--db', db])).code).toBe(0);
    expect(readFileSync(near).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 2 for a folder it may not write to, and leaves no partial file', async () => {
    const { db, id, dir } = await seeded();
    let target: string;
    if (process.getuid?.() === 0) {
      // Root may write anywhere a permission bit allows, so use a folder no one can create files in.
      target = '/proc/scopewise-proposal.pdf';
    } else {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      target = join(locked, 'p.pdf');
    }
    const result = await cli(['proposal', id, '--out', target, '--db', db]);
    expectBadInput(result, /--out: .*(not writable|cannot be written)/);
    expect(existsSync(target)).toBe(false);
    expectNothingWritten(dir);
  });

  it('writes nothing when rendering fails (a logo whose pixels are damaged)', async () => {
    const { db, id, out, dir } = await seeded();
    const handle = await openForTest(db, { mounts: '' });
    saveBranding(handle, {
      ...SAMPLE_BRANDING,
      logo: { mime: 'image/png', base64: png(120, 40, { idat: Uint8Array.from([9, 9, 9, 9]) }).toString('base64') },
    });
    handle.close();
    expectBadInput(await cli(['proposal', id, '--out', out, '--db', db]), /logo: the image could not be decoded/);
    expectNothingWritten(dir);
  });

  it('warns on stderr about characters printed as a replacement, and still writes the file', async () => {
    const { db, id, out } = await seeded();
    const handle = await openForTest(db, { mounts: '' });
    saveAssessment(handle, id, { clientName: 'Café 😀 شركة' });
    handle.close();
    const result = await cli(['proposal', id, '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^scopewise: warning: no embedded font can draw .*"😀".*printed as □\n$/);
    expect(pdfText(out)).toContain('Café □ □');
  });

  it('refuses an assessment in the trash with exit 2', async () => {
    const { db, id, out, dir } = await seeded();
    const handle = await openForTest(db, { mounts: '' });
    trashAssessment(handle, id);
    handle.close();
    expectBadInput(await cli(['proposal', id, '--out', out, '--db', db]), /in the trash; restore it/);
    expectNothingWritten(dir);
  });
});
