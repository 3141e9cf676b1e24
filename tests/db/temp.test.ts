// tests/db/temp.ts closes what it opened at the right time: a database opened inside a test after that test, one
// opened in beforeAll (shared by the file's tests) only after the last of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../db';
import { tempDatabase } from './temp';

describe('databases from tempDatabase', () => {
  let shared: Database;
  let ownOfFirstTest: Database | null = null;
  beforeAll(async () => {
    shared = (await tempDatabase()).db;
  });
  afterAll(() => {
    // afterAll hooks run in reverse order of registration: this one runs before tests/db/temp.ts closes `shared`.
    expect(shared.open).toBe(true);
  });

  it('keeps one opened in beforeAll open for the first test, and closes one opened in a test after it', async () => {
    ownOfFirstTest = (await tempDatabase()).db;
    expect(shared.open).toBe(true);
    expect(ownOfFirstTest.open).toBe(true);
  });

  it('keeps one opened in beforeAll open for the next test too', () => {
    expect(ownOfFirstTest?.open).toBe(false);
    expect(shared.open).toBe(true);
    expect(shared.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 0 });
  });
});
