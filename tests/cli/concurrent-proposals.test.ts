// Proposal exports started at once from the CLI take turns on the writer's lock instead of being refused: each run
// succeeds and each PDF prints its own assessment's number, none twice.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createAssessment, findProposalNumber, openDatabase } from '../../db';
import { tempFolder } from '../db/temp';
import { killAfterTest } from '../fixtures/close-after-test';
import { pdfText, requirePdfTools } from '../proposal/pdf-tools';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = killAfterTest(spawn(process.execPath, ['build/scopewise.mjs', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('proposal exports started at once from the CLI', () => {
  it('take turns: six at once all succeed, each PDF with its own number', { timeout: 120_000 }, async () => {
    requirePdfTools();
    const folder = tempFolder();
    const path = join(folder, 'scopewise.db');
    const db = await openDatabase(path, { mounts: '' });
    const ids = Array.from({ length: 6 }, (_, n) => createAssessment(db, { clientName: `Client ${n}` }).id);
    db.close();
    const outs = ids.map((_, n) => join(folder, `proposal-${n}.pdf`));
    const runs = await Promise.all(ids.map((id, n) => runCli(['proposal', id, '--out', outs[n]!, '--db', path])));
    expect(runs.filter((run) => run.code !== 0)).toEqual([]);
    const check = await openDatabase(path, { mounts: '' });
    const numbers = ids.map((id) => findProposalNumber(check, id));
    check.close();
    expect(new Set(numbers).size).toBe(6);
    for (const [n, out] of outs.entries()) expect(pdfText(out)).toContain(numbers[n]!);
  });
});
