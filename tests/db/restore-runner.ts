// Child process for the restore crash test: restores the backup named on the command line over the database, saying
// "start" on stdout just before and "done" after. The test kills it at a random moment in between.
import { writeSync } from 'node:fs';

import { restoreBackup } from '../../db';

const [path, backup] = process.argv.slice(2);
if (path === undefined || backup === undefined) throw new Error('usage: restore-runner.ts <database> <backup>');
writeSync(1, 'start\n');
await restoreBackup(path, backup);
writeSync(1, 'done\n');
