// Writing assessments to a bundle file: complete or not at all, then logged with its SHA-256 for each assessment.
// Shared by the bundles.export handler and the CLI's export command. The file is written one assessment at a time,
// so an export of any size holds one assessment in memory, never the whole bundle.
import { createHash } from 'node:crypto';

import { bundleAssessmentOf, type Database, recordExport } from '../../db';
import { BUNDLE_FORMAT, BUNDLE_MAX_ASSESSMENTS, BUNDLE_MAX_BYTES, BUNDLE_MAX_TEXT, BUNDLE_VERSION } from '../../shared/bundle';
import { AppError } from '../../shared/errors';
import { fileName } from '../../shared/file-name';
import { writeFileAtomicFrom } from './atomic-write';

export interface WriteBundleOptions {
  /** The byte limit (BUNDLE_MAX_BYTES unless a test sets a smaller one). */
  maxBytes?: number;
  /** Told after each assessment written: `done` of `total` (the CLI's progress line). */
  onProgress?: (done: number, total: number) => void;
}

export interface WrittenBundle {
  path: string;
  sha256: string;
  count: number;
}

/** The name offered for a bundle: the client and project of a single assessment, else how many it holds. */
export function bundleFileName(count: number, single: { clientName: string; projectTitle: string } | null): string {
  if (count !== 1 || single === null) return fileName(`scopewise-${count}-assessments`, '.json');
  return fileName(`${single.clientName.trim() || 'assessment'} - ${single.projectTitle.trim() || 'untitled'}`, '.json');
}

function tooLarge(maxBytes: number): AppError {
  const limit = maxBytes === BUNDLE_MAX_BYTES ? BUNDLE_MAX_TEXT : `${maxBytes.toLocaleString('en')} bytes`;
  return new AppError(
    'invalid_input',
    `the bundle would be larger than ${limit}, the most an import reads; nothing was written. Export fewer assessments at a time`,
    'ids',
    'bundle_too_large',
    { limit },
  );
}

const indent = (text: string, by: string): string => text.replace(/^/gm, by);

/**
 * The bundle's text in pieces, exactly `JSON.stringify(exportBundle(db, ids, now), null, 2)` and a newline, built one
 * assessment at a time. (JSON.stringify escapes line breaks inside strings, so re-indenting by lines is safe.)
 */
export function* bundleText(db: Database, ids: readonly string[], now = new Date()): Generator<string> {
  const empty = JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), assessments: [] }, null, 2);
  if (ids.length === 0) {
    yield `${empty}\n`;
    return;
  }
  const at = empty.lastIndexOf('[]');
  yield `${empty.slice(0, at)}[\n`;
  for (const [index, id] of ids.entries()) yield `${index === 0 ? '' : ',\n'}${indent(JSON.stringify(bundleAssessmentOf(db, id), null, 2), '    ')}`;
  yield `\n  ]${empty.slice(at + 2)}\n`;
}

/**
 * Writes the named assessments as a bundle file (atomically) and logs the export of each with the file's SHA-256.
 * A bundle that would pass `maxBytes` (what an import reads, BUNDLE_MAX_BYTES) or carry more than BUNDLE_MAX_ASSESSMENTS
 * is refused, and nothing is written: the file is complete and importable, or not there.
 */
export function writeBundle(db: Database, ids: readonly string[], path: string, now = new Date(), options: WriteBundleOptions = {}): WrittenBundle {
  const maxBytes = options.maxBytes ?? BUNDLE_MAX_BYTES;
  if (ids.length > BUNDLE_MAX_ASSESSMENTS) {
    throw new AppError(
      'invalid_input',
      `a bundle carries at most ${BUNDLE_MAX_ASSESSMENTS.toLocaleString('en')} assessments (${ids.length.toLocaleString('en')} given); export them in parts`,
      'ids',
      'bundle_too_many',
      { limit: String(BUNDLE_MAX_ASSESSMENTS) },
    );
  }
  const hash = createHash('sha256');
  let bytes = 0;
  let pieces = 0;
  // One read transaction: every assessment as of the same moment, even if a save commits while the file is written.
  db.transaction(() => {
    writeFileAtomicFrom(
      path,
      (function* hashed() {
        for (const piece of bundleText(db, ids, now)) {
          bytes += Buffer.byteLength(piece, 'utf8');
          if (bytes > maxBytes) throw tooLarge(maxBytes);
          hash.update(piece, 'utf8');
          // Pieces are the opening, one per assessment, then the closing.
          pieces++;
          if (pieces > 1 && pieces <= ids.length + 1) options.onProgress?.(pieces - 1, ids.length);
          yield piece;
        }
      })(),
    );
  })();
  const sha256 = hash.digest('hex');
  db.transaction(() => {
    for (const id of ids) recordExport(db, { assessmentId: id, kind: 'bundle', path, sha256 });
  }).immediate();
  return { path, sha256, count: ids.length };
}
