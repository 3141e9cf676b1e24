// Migration 8: the assessment row keeps no recommendation snapshot. It only ever held what this engine computes from
// the row's answers (a row saved by another engine version was already shown as this engine sees it), so reading an
// assessment now runs the engine instead of inflating the blob, and a save no longer packs one: about a fifth of a
// save's time (README, Benchmarks). Revisions keep theirs: a sealed revision's snapshot is what its proposal showed.
// Dropping the column rewrites each row without it (about 3 s at 100,000 assessments, once, after the backup every
// migration takes); the rows shrink from about 2.5 KB to about 600 bytes. Append-only: once released, never edit this file.
export const migration008 = {
  version: 8,
  name: 'no-row-snapshot',
  sql: `
ALTER TABLE assessments DROP COLUMN recommendation;
`,
} as const;
