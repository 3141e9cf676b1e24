// `scopewise proposal <id> --out <pdf> --language L`: one export in another language than the assessment's own; the
// assessment's proposalLanguage otherwise; an unknown tag is refused with the allowed ones named, and nothing written.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAssessment, listExports } from '../../db';
import { cli } from '../cli/cli-helpers';
import { openForTest } from '../db/temp';
import { REALISTIC_REQUIREMENTS, scopeOf } from './fixtures';
import { PdfObjects, textOf } from './pdf-structure';
import { pdfInfo, pdfText, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

let counter = 0;
async function seeded(proposalLanguage?: 'th'): Promise<{ db: string; id: string; out: string; dir: string }> {
  const dir = folder.path(`case-${++counter}`);
  mkdirSync(dir);
  const db = join(dir, 'scopewise.db');
  const handle = await openForTest(db, { mounts: '' });
  const fields = { clientName: 'Nordlicht Reisen AG', projectTitle: 'Buchungsplattform', requirements: REALISTIC_REQUIREMENTS, scope: scopeOf(8) };
  const { id } = createAssessment(handle, proposalLanguage === undefined ? fields : { ...fields, proposalLanguage }, {
    now: new Date('2026-02-03T10:00:00+01:00'),
  });
  handle.close();
  return { db, id, out: join(dir, 'proposal.pdf'), dir };
}

describe('scopewise proposal --language', () => {
  it('writes this one export in the language asked for, with its dates and money', async () => {
    const { db, id, out } = await seeded();
    const result = await cli(['proposal', id, '--out', out, '--language', 'de', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('language de');
    const text = pdfText(out);
    expect(text).toContain('Gültig bis');
    expect(text).toMatch(/3\. Februar 2026/);
    expect(text).not.toContain('Valid until');
    // The PDF says which language it is in, for screen readers and for hyphenation when reflowed.
    expect(textOf(new PdfObjects(out).root['/Lang'])).toBe('de');
    expect(pdfInfo(out).Title).toBe('Buchungsplattform — Angebot');
  });

  it("writes the assessment's own language when none is asked for", async () => {
    const { db, id, out } = await seeded('th');
    const result = await cli(['proposal', id, '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('language th');
    expect(pdfText(out)).toContain('มีผลถึงวันที่');
  });

  it('refuses an unknown language, naming --language and the allowed tags, and writes nothing', async () => {
    const { db, id, out, dir } = await seeded();
    const result = await cli(['proposal', id, '--out', out, '--language', 'klingon', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--language: expected one of en, de, fr, es, nl, th, got "klingon"/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => !name.startsWith('scopewise.db'))).toEqual([]);
    const handle = await openForTest(db, { mounts: '' });
    expect(listExports(handle, id)).toEqual([]);
  });
});
