// Exports named after long non-Latin clients and titles: the files are written, their names (and their temporary
// files' names) fit every file system's limit in bytes, and a repeat export gets its own name.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/api/atomic-write';
import { FILE_NAME_MAX_BYTES, utf8Length } from '../../shared/file-name';
import { apiFixture, type ApiFixture } from './api-fixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await apiFixture();
});
afterAll(() => api.close());

const CASES = [
  {
    label: 'Cyrillic',
    clientName: `${'Научно-производственное объединение '.repeat(4)}`.slice(0, 120),
    projectTitle: 'Платформа бронирования и учёта '.repeat(4).slice(0, 120),
  },
  { label: 'CJK', clientName: '株式会社'.repeat(23).slice(0, 90), projectTitle: '予約管理システムの再構築'.repeat(8).slice(0, 90) },
  { label: 'emoji', clientName: '👨‍👩‍👧‍👦🇩🇪🚀'.repeat(20), projectTitle: 'e\u0301'.repeat(100) },
];

describe('export file names', () => {
  for (const { label, clientName, projectTitle } of CASES) {
    it(`exports a proposal and a bundle for a long ${label} client and title, twice, under names of at most 255 bytes`, async () => {
      const created = await api.call('assessments.create', { fields: { clientName, projectTitle } });
      for (let round = 0; round < 2; round++) {
        const proposal = await api.call('proposal.export', { id: created.id });
        if (proposal.cancelled || proposal.path === undefined) throw new Error('export cancelled');
        expect(existsSync(proposal.path)).toBe(true);
        expect(readFileSync(proposal.path).subarray(0, 5).toString()).toBe('%PDF-');
        expect(utf8Length(basename(proposal.path))).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
        expect(basename(proposal.path).startsWith(clientName.slice(0, 4))).toBe(true);
        const bundle = await api.call('bundles.export', { ids: [created.id] });
        if (bundle.cancelled || bundle.path === undefined) throw new Error('export cancelled');
        expect(JSON.parse(readFileSync(bundle.path, 'utf8'))).toMatchObject({ assessments: [{ clientName, projectTitle }] });
        expect(utf8Length(basename(bundle.path))).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
        expect(readdirSync(dirname(bundle.path)).filter((name) => name.endsWith('.partial'))).toEqual([]);
      }
    });
  }

  it('writes a file whose own name is close to the limit: the temporary name is shortened, not the target', () => {
    const path = join(api.dir, `${'ж'.repeat(125)}.pdf`);
    expect(utf8Length(basename(path))).toBe(254);
    writeFileAtomic(path, 'complete');
    expect(readFileSync(path, 'utf8')).toBe('complete');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new');
    expect(statSync(path).size).toBe(3);
    expect(readdirSync(api.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
