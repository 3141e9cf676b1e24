// Child process for the restore race test: a would-be second writer. It tries the writer's lock on the database name
// it is given (a symbolic link, say) every 20 ms until it gets it, then saves `count` assessments, printing
// "ack <id> <ms since 1970>" after each commit (a save the user would be told is saved), and exits. It prints "trying" once at start.
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

import { acquireDatabaseLock, createAssessment, DatabaseLockedError, openDatabase } from '../../db';

const [path, countText] = process.argv.slice(2);
if (path === undefined || countText === undefined) throw new Error('usage: second-writer.ts <database> <count>');
writeSync(1, 'trying\n');
for (;;) {
  let lock;
  try {
    lock = acquireDatabaseLock(path, 'a second writer');
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    await sleep(20);
    continue;
  }
  const db = await openDatabase(path, { lock, mounts: '' });
  for (let n = 0; n < Number(countText); n++) {
    const saved = createAssessment(db, { clientName: `ack ${n}` });
    writeSync(1, `ack ${saved.id} ${Date.now()}\n`);
    await sleep(15);
  }
  db.close();
  lock.release();
  break;
}
writeSync(1, 'done\n');
