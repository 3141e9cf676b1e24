// Child process for the migration crash test: opens (and so upgrades) the database named on the command line, saying
// "upgrading" on stdout when the upgrade begins (before its backup) and "done" once the file is at the latest schema.
import { writeSync } from 'node:fs';

import { openDatabase } from '../../db';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: migrate-runner.ts <database>');
const db = await openDatabase(path, { mounts: '', onUpgrade: () => writeSync(1, 'upgrading\n') });
db.close();
writeSync(1, 'done\n');
