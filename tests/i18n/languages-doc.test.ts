// docs/languages.md is generated from the messages (build/languages-doc.mjs): it fails here when a message was added or
// removed without regenerating it. Table cells are compared without their padding, which prettier may realign.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { LANGUAGES_DOC, languagesDoc, messageCounts } from '../../build/languages-doc.mjs';
import { DOMAIN_LANGUAGES } from '../../shared/i18n/language';

/** The document with table rows reduced to their cells, so column padding does not count. */
const cells = (doc: string): string[] =>
  doc
    .trim()
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/\s+/g, '').replace(/-+/g, '-') : line));

describe('docs/languages.md', () => {
  it('counts the messages of every domain in every language as they are now (run `node build/languages-doc.mjs` when it fails)', () => {
    expect(cells(readFileSync(LANGUAGES_DOC, 'utf8'))).toEqual(cells(languagesDoc()));
  });

  it('lists every domain in the languages it must be written in', () => {
    const counts = messageCounts();
    expect(Object.keys(counts).sort()).toEqual(Object.keys(DOMAIN_LANGUAGES).sort());
    for (const [domain, languages] of Object.entries(DOMAIN_LANGUAGES)) expect(Object.keys(counts[domain]!).sort()).toEqual([...languages].sort());
  });
});
