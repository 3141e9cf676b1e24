// The CLI names a known cause (here a full disk, a real tiny tmpfs) in one line and exits 1, instead of SQLite's wording.
import { statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { fillDisk, mountTmpfs, unmountAll } from '../fixtures/mounts';
import { cli } from './cli-helpers';

afterEach(unmountAll);

describe('the CLI on a full disk', () => {
  it('says the disk is full and what to do', async () => {
    const dir = mountTmpfs('8m');
    const db = join(dir, 'scopewise.db');
    expect((await cli(['demo', '--count', '5', '--db', db])).code).toBe(0);
    // Full, then a little room given back: enough to open the database, not for 200 more assessments.
    fillDisk(dir);
    const filler = join(dir, 'filler');
    truncateSync(filler, statSync(filler).size - 256 * 1024);
    const result = await cli(['demo', '--count', '200', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^scopewise: demo failed: the disk is full\. Free some space and try again\.\n$/m);
  });
});
