// Writing assessments to a bundle file: complete or not at all, then logged with its SHA-256 for each assessment.
// Shared by the bundles.export handler and the CLI's export command.
import { recordExport, sha256Hex, type Database } from '../../db';
import type { Bundle } from '../../shared/bundle';
import { fileName } from '../../shared/file-name';
import { writeFileAtomic } from './atomic-write';

export interface WrittenBundle {
  path: string;
  sha256: string;
  count: number;
}

/** The name offered for a bundle: the client and project of a single assessment, else how many it holds. */
export function bundleFileName(bundle: Bundle): string {
  const first = bundle.assessments[0];
  if (bundle.assessments.length !== 1 || first === undefined) return fileName(`scopewise-${bundle.assessments.length}-assessments`, '.json');
  return fileName(`${first.clientName.trim() || 'assessment'} - ${first.projectTitle.trim() || 'untitled'}`, '.json');
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
