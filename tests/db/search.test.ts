// Search: accents fold, prefixes match as you type, every script works, and no typed text can break the query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkDatabase, createAssessment, listAssessments, purgeTrash, saveAssessment, toFtsQuery, trashAssessment } from '../../db';
import { fuzzRuns } from '../fixtures/runs';
import { tempDatabase } from './temp';

async function withClients() {
  const { db } = await tempDatabase();
  const names = [
    'Zoë Laurent Café',
    'Müller & Söhne GmbH',
    '東京データ株式会社',
    'Московский Технопарк',
    'Ελληνικά Τρόφιμα',
    'Nguyễn Logistics',
    "O'Reilly & Partners",
  ];
  const ids = new Map<string, string>();
  for (const name of names) ids.set(name, createAssessment(db, { clientName: name, projectTitle: 'Shop', consultant: 'Léa Dubois' }).id);
  const notes = createAssessment(db, { clientName: 'Plain', projectTitle: 'Portal', notes: 'They asked about hosting in Zürich.' });
  ids.set('notes', notes.id);
  return { db, ids };
}

const names = (rows: { clientName: string }[]): string[] => rows.map((r) => r.clientName).sort();

describe('search', () => {
  it('folds accents both ways: zoe finds Zoë, muller finds Müller, and Zoë finds it too', async () => {
    const { db } = await withClients();
    expect(names(listAssessments(db, { search: 'zoe' }).rows)).toEqual(['Zoë Laurent Café']);
    expect(names(listAssessments(db, { search: 'ZOË' }).rows)).toEqual(['Zoë Laurent Café']);
    expect(names(listAssessments(db, { search: 'muller sohne' }).rows)).toEqual(['Müller & Söhne GmbH']);
    expect(names(listAssessments(db, { search: 'nguyen' }).rows)).toEqual(['Nguyễn Logistics']);
    expect(names(listAssessments(db, { search: 'zurich' }).rows)).toEqual(['Plain']);
  });

  it('matches prefixes as you type, every word required', async () => {
    const { db } = await withClients();
    expect(names(listAssessments(db, { search: 'mü' }).rows)).toEqual(['Müller & Söhne GmbH']);
    expect(names(listAssessments(db, { search: 'z' }).rows)).toEqual(['Plain', 'Zoë Laurent Café']);
    expect(names(listAssessments(db, { search: 'zoe caf' }).rows)).toEqual(['Zoë Laurent Café']);
    expect(names(listAssessments(db, { search: 'zoe gmbh' }).rows)).toEqual([]);
    expect(listAssessments(db, { search: 'lea' }).rows).toHaveLength(7);
  });

  it('finds Cyrillic, Greek and CJK names by their start', async () => {
    const { db } = await withClients();
    expect(names(listAssessments(db, { search: 'моск' }).rows)).toEqual(['Московский Технопарк']);
    expect(names(listAssessments(db, { search: 'ελλην' }).rows)).toEqual(['Ελληνικά Τρόφιμα']);
    expect(names(listAssessments(db, { search: '東京' }).rows)).toEqual(['東京データ株式会社']);
  });

  it('keeps the index current when an assessment is renamed', async () => {
    const { db, ids } = await withClients();
    saveAssessment(db, ids.get('notes')!, { clientName: 'Renamed Crème' });
    expect(names(listAssessments(db, { search: 'creme' }).rows)).toEqual(['Renamed Crème']);
    expect(listAssessments(db, { search: 'plain' }).rows).toEqual([]);
  });

  it('keeps the index in step with the rows it reads them from: edits of every searched field, trash and purge', async () => {
    // The index keeps no copy of the text (external content), so its triggers must remove exactly what they indexed.
    const { db, ids } = await withClients();
    const id = ids.get('notes')!;
    saveAssessment(db, id, {
      notes: 'Now about hosting in Genève.',
      projectTitle: 'Intranet',
      consultant: 'Ana Ruiz',
      requirements: { notes: 'Kubernetes wanted' },
    });
    expect(names(listAssessments(db, { search: 'geneve intranet ana kubern' }).rows)).toEqual(['Plain']);
    for (const gone of ['zurich', 'portal']) expect(listAssessments(db, { search: gone }).rows, gone).toEqual([]);
    saveAssessment(db, id, { requirements: { notes: 'Serverless after all' } });
    expect(listAssessments(db, { search: 'kubern' }).rows).toEqual([]);
    expect(names(listAssessments(db, { search: 'serverl' }).rows)).toEqual(['Plain']);
    expect(checkDatabase(db).ok).toBe(true);
    trashAssessment(db, id, new Date('2025-01-01T00:00:00Z'));
    expect(purgeTrash(db, new Date('2025-03-01T00:00:00Z'))).toBe(1);
    expect(listAssessments(db, { search: 'serverl', trash: true }).rows).toEqual([]);
    expect(checkDatabase(db).ok).toBe(true);
  });

  it('treats FTS syntax as plain words: quotes, *, -, NEAR, AND/OR/NOT, column filters, parentheses', async () => {
    const { db } = await withClients();
    const hostile = [
      '"',
      '""',
      '"zoe',
      'zoe"',
      '*',
      'zoe*',
      '-zoe',
      'zoe -',
      'NEAR',
      'NEAR(zoe müller)',
      'zoe AND',
      'OR',
      'NOT zoe',
      '(',
      ')',
      '((zoe',
      'client_name:zoe',
      '^zoe',
      'zoe +',
      '{zoe}',
      ':',
      "'",
      '\\',
      '\u0000',
      '\u0301',
      '🙂',
      '%',
      '_',
    ];
    for (const text of hostile) expect(() => listAssessments(db, { search: text }), text).not.toThrow();
    expect(names(listAssessments(db, { search: '"zoe' }).rows)).toEqual(['Zoë Laurent Café']);
    expect(names(listAssessments(db, { search: 'client_name:zoe' }).rows)).toEqual([]);
    expect(listAssessments(db, { search: '***' }).rows).toHaveLength(8);
  });

  it('never throws, whatever the text (property)', async () => {
    const { db } = await withClients();
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\s"*()\-:^+{}a-zA-Z]{0,30}$/)),
        (text) => {
          const page = listAssessments(db, { search: text });
          expect(page.rows.length).toBeLessThanOrEqual(8);
          const query = toFtsQuery(text);
          // Quoted prefixes, all required; a word with a run of Thai, Chinese, ... also as its parts (db/search-words.ts).
          const term = String.raw`"[^"]+"\*`;
          const word = String.raw`(${term}|\(\(${term}( AND ${term})*\) OR ${term}\))`;
          if (query !== null) expect(query).toMatch(new RegExp(String.raw`^(${term}( ${term})*|${word}( AND ${word})*)$`, 'u'));
        },
      ),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
