// Error messages crossing the API name a file by its last part: no folder above it is left, whether the folders'
// names hold spaces, punctuation or another script, on POSIX and Windows alike (electron/api/without-paths.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dispatch, type Handlers } from '../../electron/api/dispatch';
import { withoutPaths } from '../../electron/api/without-paths';
import { AppError } from '../../shared/errors';

describe('a path in an error message', () => {
  it('is cut whole when a folder name has a space (the "Client Files/exports" leak)', () => {
    const message = 'could not write /home/ana/Client Files/exports/Acme proposal.pdf: the disk is full';
    // Before the fix, the part after the space was left: "Client Files/exports/Acme proposal.pdf".
    expect(withoutPaths(message)).toBe('could not write Acme proposal.pdf: the disk is full');
    expect(withoutPaths(message, { home: '/home/ana', exports: '/home/ana/Client Files/exports' })).toBe('could not write Acme proposal.pdf: the disk is full');
  });

  it('is cut whole under a known folder whatever its names hold (comma, apostrophe, parentheses)', () => {
    const exports = "/home/o'brien/Clients, Inc (2026)/exports";
    expect(withoutPaths(`could not write ${exports}/Offer.pdf: permission denied`, { exports })).toBe('could not write Offer.pdf: permission denied');
    expect(withoutPaths(`the folder ${exports} does not exist`, { exports })).toBe('the folder exports does not exist');
    expect(withoutPaths("the folder /home/o'brien does not exist", { home: "/home/o'brien" })).toBe('the folder the home folder does not exist');
  });

  it('is cut on Windows, in any letter case, with either separator and a UNC share', () => {
    const data = 'C:\\Users\\Ana María\\AppData\\Roaming\\Scopewise';
    expect(withoutPaths('c:\\users\\ana maría\\appdata\\roaming\\scopewise\\backups\\scopewise-1.db is damaged', { data })).toBe('scopewise-1.db is damaged');
    expect(withoutPaths('C:/Users/Ana María/Client Files/Offer.pdf is open in another program')).toBe('Offer.pdf is open in another program');
    expect(withoutPaths('\\\\fileserver\\Client Files\\exports\\Offer.pdf: permission denied')).toBe('Offer.pdf: permission denied');
  });

  it('is cut in other scripts and under the home folder written as ~', () => {
    expect(withoutPaths('/home/ソフィア/顧客 ファイル/見積書.pdf is damaged')).toBe('見積書.pdf is damaged');
    expect(withoutPaths('~/เอกสาร ลูกค้า/ข้อเสนอ.pdf: the disk is full')).toBe('ข้อเสนอ.pdf: the disk is full');
  });

  it('leaves words with slashes, dates and a known folder inside a longer name alone', () => {
    expect(withoutPaths('I/O error while reading; and/or try again on 12/07/2026')).toBe('I/O error while reading; and/or try again on 12/07/2026');
    expect(withoutPaths('id: expected a UUID, got "x"')).toBe('id: expected a UUID, got "x"');
    expect(withoutPaths('/home/anabel/x.db is damaged', { home: '/home/ana' })).toBe('x.db is damaged');
    expect(withoutPaths('see https://example.com/docs/backups for help; either / or')).toBe('see https://example.com/docs/backups for help; either / or');
    expect(withoutPaths('the folder /srv/Client Files/ is read-only')).toBe('the folder Client Files is read-only');
  });

  // Generated paths: a known prefix (the data folder) or none, then folders whose names mix Latin, accented, Thai,
  // Japanese and Cyrillic letters, digits, dots, dashes and single spaces; the message must keep only the file's name.
  const runs = Number(process.env.SCOPEWISE_FUZZ_RUNS ?? 300);
  const seed = Number(process.env.SCOPEWISE_FUZZ_SEED ?? Date.now() % 2 ** 31);
  it(`keeps only the last part of any generated path (${runs} runs, seed ${seed})`, () => {
    console.log(`withoutPaths property: seed ${seed}, runs ${runs} (replay with SCOPEWISE_FUZZ_SEED=${seed} SCOPEWISE_FUZZ_RUNS=${runs})`);
    const letters = fc.constantFrom(...'abcXYZ019éñøßกขคพัสดุ顧客ファイルдом_-'.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    // Known folders may hold what a sentence uses too: their names are matched as written.
    const knownName = fc.tuple(name, fc.constantFrom('', ',', "'", ' (2)', '; x')).map(([n, extra]) => `${n}${extra}`);
    const file = fc.tuple(word, fc.constantFrom('pdf', 'db', 'json')).map(([stem, ext]) => `${stem}.${ext}`);
    const windows = fc.boolean();
    const path = fc.record({
      windows,
      known: fc.array(knownName, { minLength: 1, maxLength: 3 }),
      rest: fc.array(name, { maxLength: 3 }),
      file,
      useKnown: fc.boolean(),
    });
    fc.assert(
      fc.property(path, fc.constantFrom(': the disk is full', ' is damaged.', ' does not exist'), ({ windows, known, rest, file, useKnown }, tail) => {
        const sep = windows ? '\\' : '/';
        const root = windows ? 'D:\\' : '/';
        // Without a known folder, the folder names must be ones a separator can delimit (no sentence punctuation).
        const folders = useKnown ? known : known.map((n) => n.replace(/[,'();]/gu, '').trim() || 'x');
        const data = root + folders.join(sep);
        const full = [data, ...rest, file].join(sep);
        const cut = withoutPaths(`could not write ${full}${tail}`, useKnown ? { data } : {});
        expect(cut).toBe(`could not write ${file}${tail}`);
      }),
      { seed, numRuns: runs },
    );
  });
});

describe('dispatch()', () => {
  it('cuts the known folders out of a refused call’s message', async () => {
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        throw new AppError('invalid_input', "could not write /srv/Ana's Files, 2026/exports/Offer.pdf: the folder does not exist");
      },
    });
    const result = await dispatch(handlers, 'settings.get', {}, () => {}, { exports: "/srv/Ana's Files, 2026/exports" });
    expect(result).toMatchObject({ ok: false, error: { message: 'could not write Offer.pdf: the folder does not exist' } });
  });
});
