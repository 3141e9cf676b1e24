// A writer whose lock no longer guards the database file stops writing and says so: after its lock file is deleted,
// every write is refused with a message naming it, nothing is written, and reading goes on.
import { rmSync } from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import { lockFileFor } from '../../db';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture | undefined;
afterEach(() => {
  api?.close();
  api = undefined;
});

describe('a writer that lost its lock', () => {
  it('refuses every save once its lock file was deleted, and still reads', async () => {
    api = await apiFixture();
    const { id } = await api.call('assessments.create', { fields: { clientName: 'Before' } });
    rmSync(lockFileFor(api.services.databasePath));
    const before = fingerprint(api.services.db);
    const refused = await api.raw('assessments.create', { fields: { clientName: 'After' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Scopewise stopped saving: its lock file .* was removed or replaced by another program/);
    expect(fingerprint(api.services.db)).toBe(before);
    expect(() => api!.services.db.prepare("UPDATE assessments SET notes = 'x'").run()).toThrow(/readonly|read-only|query_only/i);
    expect((await api.call('assessments.list', {})).rows.map((item) => item.id)).toEqual([id]);
  });
});
