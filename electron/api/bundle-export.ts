// Writing assessments to a bundle file: complete or not at all, then logged with its SHA-256 for each assessment.
// Shared by the bundles.export handler and the CLI's export command.
import { recordExport, sha256Hex, type Database } from '../../db';
import type { Bundle } from '../../shared/bundle';
import { writeFileAtomic } from './atomic-write';

export interface WrittenBundle {
  path: string;
  sha256: string;
  count: number;
}

export function writeBundle(db: Database, bundle: Bundle, path: string): WrittenBundle {
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  writeFileAtomic(path, text);
  const sha256 = sha256Hex(text);
  db.transaction(() => {
    for (const assessment of bundle.assessments) recordExport(db, { assessmentId: assessment.id, kind: 'bundle', path, sha256 });
  }).immediate();
  return { path, sha256, count: bundle.assessments.length };
}
