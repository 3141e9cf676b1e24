// One limit for bundles (shared/bundle.ts): what an export writes, an import reads. An export that would pass the byte
// limit or the assessment limit is refused with nothing written; an import refuses a larger file unread, and a bundle
// with more assessments whole. Tested at the limit, in both directions.
import { existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { exportBundle, insertDemoAssessments, listExports, parseBundle } from '../../db';
import { writeBundle } from '../../electron/api/bundle-export';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openServices, type Services } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { BUNDLE_MAX_ASSESSMENTS, BUNDLE_MAX_BYTES } from '../../shared/bundle';
import { tempDatabase, tempFolder } from '../db/temp';

let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

describe('one bundle limit for export and import', () => {
  it('exports a bundle of exactly the byte limit, and refuses one byte less with nothing written', async () => {
    const { db } = await tempDatabase();
    insertDemoAssessments(db, { count: 3, seed: 9, now: new Date('2026-06-01T00:00:00Z') });
    const ids = db.prepare('SELECT id FROM assessments').pluck().all() as string[];
    const folder = tempFolder();
    const now = new Date('2026-06-02T00:00:00Z');
    const size = statSync(writeBundle(db, ids, join(folder, 'measure.json'), now).path).size;
    expect(writeBundle(db, ids, join(folder, 'at-limit.json'), now, { maxBytes: size }).path).toBe(join(folder, 'at-limit.json'));
    const exportsBefore = listExports(db, ids[0]!).length;
    expect(() => writeBundle(db, ids, join(folder, 'over.json'), now, { maxBytes: size - 1 })).toThrow(/would be larger than .* nothing was written/);
    expect(existsSync(join(folder, 'over.json'))).toBe(false);
    expect(listExports(db, ids[0]!)).toHaveLength(exportsBefore);
  });

  it('refuses to export more assessments than an import takes, and an import refuses a bundle of more', async () => {
    const { db } = await tempDatabase();
    insertDemoAssessments(db, { count: 1, seed: 9, now: new Date('2026-06-01T00:00:00Z') });
    const id = db.prepare('SELECT id FROM assessments').pluck().get() as string;
    const over = Array.from({ length: BUNDLE_MAX_ASSESSMENTS + 1 }, () => id);
    expect(() => writeBundle(db, over, join(tempFolder(), 'many.json'))).toThrow(/at most 10,000 assessments/);
    const one = exportBundle(db, [id]).assessments[0]!;
    const idOf = (i: number): string => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    // The same assessment under many ids, without its revisions (which name the id they belong to).
    const copies = (count: number): unknown[] => Array.from({ length: count }, (_, i) => ({ ...one, id: idOf(i), revisions: [] }));
    const bundle = (count: number): unknown => ({ ...exportBundle(db, []), assessments: copies(count) });
    expect(parseBundle(bundle(BUNDLE_MAX_ASSESSMENTS)).assessments).toHaveLength(BUNDLE_MAX_ASSESSMENTS);
    expect(() => parseBundle(bundle(BUNDLE_MAX_ASSESSMENTS + 1))).toThrow(/assessments/);
  });

  it('reads a bundle file of exactly the byte limit and refuses a larger one unread, naming the limit', async () => {
    const folder = tempFolder();
    const file = join(folder, 'picked.json');
    const databasePath = join(folder, 'scopewise.db');
    services = await openServices({
      databasePath,
      files: { ...browserFileActions(join(folder, 'exports')), chooseOpenPath: async () => file },
      maintenance: false,
    });
    const handlers = createHandlers(services);
    // Sparse files: as large as the limit on paper, nothing on the disk.
    writeFileSync(file, '');
    truncateSync(file, BUNDLE_MAX_BYTES + 1);
    expect(await dispatch(handlers, 'bundles.import', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/larger than 160 MB/) },
    });
    truncateSync(file, BUNDLE_MAX_BYTES);
    // At the limit it is read (and found not to be JSON: it holds only zero bytes).
    expect(await dispatch(handlers, 'bundles.import', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) },
    });
  }, 60_000);
});
