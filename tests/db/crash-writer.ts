// Child process for the crash test: saves continuously into the database named on the command line and reports each
// committed id on stdout, synchronously, only after its transaction has committed. It runs until it is killed.
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';

import { createAssessment, importBundle, saveAssessment } from '../../db';
import { exportsFolderFor, openServices } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: crash-writer.ts <database>');
// Started as the app starts (electron/api/services.ts): the integrity check runs beside the first reads after every
// kill, and the saves wait for its verdict, as the app's do.
const services = await openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(path)) });
await services.ready;
const db = services.db;
let last: string | null = null;
for (let i = 0; ; i++) {
  if (i % 7 === 3) {
    // A larger transaction now and then, so some kills land in the middle of one.
    const now = new Date().toISOString();
    const assessments = Array.from({ length: 5 }, () => ({
      id: randomUUID(),
      clientName: `Batch ${i}`,
      projectTitle: 'Imported',
      consultant: 'Crash test',
      status: 'draft' as const,
      requirements: { projectKind: 'saas' as const, teamSize: 1 + (i % 50) },
      notes: 'n'.repeat(i % 4000),
      createdAt: now,
      updatedAt: now,
      revisions: [],
    }));
    importBundle(db, { format: 'scopewise-bundle', version: 1, assessments });
    writeSync(1, assessments.map((a) => `${a.id}\n`).join(''));
  } else if (last !== null && i % 2 === 0) {
    saveAssessment(db, last, { notes: `edit ${i} ${'e'.repeat(i % 3000)}`, requirements: { teamSize: 1 + (i % 900) } });
    writeSync(1, `${last}\n`);
  } else {
    last = createAssessment(db, { clientName: `Crash ${i}`, projectTitle: 'Power cut', notes: 'z'.repeat(i % 2000) }).id;
    writeSync(1, `${last}\n`);
  }
}
