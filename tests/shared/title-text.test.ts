// Titles and file names keep what a reader can see: control characters and bidirectional embeddings, overrides and
// isolates (U+202E turns "cod.exe" round) are dropped, a title made only of invisible characters is refused, and a
// number beyond a field's limit is told the field's own limit, not JavaScript's largest safe integer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assessmentFieldsSchema } from '../../shared/assessment';
import { requirementsSchema } from '../../shared/engine/requirements';
import { AppError, parseInput } from '../../shared/errors';
import { fileName } from '../../shared/file-name';
import { scopeSchema } from '../../shared/scope/schema';
import { variedScope } from '../fixtures/scopes';

const fields = assessmentFieldsSchema.partial();
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('titles', () => {
  it('drop control characters and bidirectional overrides, keeping the visible text', () => {
    const parsed = parseInput(fields, { clientName: 'Acme\u202e Corp\u0007', projectTitle: 'Portal\u2066 v2\u2069\tphase\n2' });
    expect(parsed.clientName).toBe('Acme Corp');
    expect(parsed.projectTitle).toBe('Portal v2 phase 2');
  });

  it('keep right-to-left text and its marks, which are not overrides', () => {
    expect(parseInput(fields, { clientName: 'שלום\u200f Ltd' }).clientName).toBe('שלום\u200f Ltd');
  });

  it('refuse a title made only of invisible characters, naming the field', () => {
    for (const invisible of ['\u200b\u200b', '\u202e\u200b', '\u2060\ufeff', ' \u200d ', '\u3164']) {
      const error = refusal(() => parseInput(fields, { clientName: invisible }));
      expect(error.field).toBe('clientName');
      expect(error.message).toMatch(/^clientName: expected visible text or nothing; this has only invisible characters/);
    }
    expect(parseInput(fields, { clientName: '' }).clientName).toBe('');
    // An override alone is dropped, which leaves an empty title, as allowed as before.
    expect(parseInput(fields, { clientName: '\u202e' }).clientName).toBe('');
  });

  it('never keep a control or bidirectional character, whatever is typed (fast-check reports its seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        let parsed;
        try {
          parsed = parseInput(fields, { clientName: text });
        } catch (error) {
          if (error instanceof AppError) return;
          throw error;
        }
        expect(CONTROL.test(parsed.clientName!) || BIDI.test(parsed.clientName!)).toBe(false);
      }),
    );
  });
});

describe('file names', () => {
  it('drop control characters and bidirectional overrides, and fall back when nothing visible is left', () => {
    expect(fileName('Invoice\u202efdp.exe', '.pdf')).toBe('Invoicefdp.exe.pdf');
    expect(fileName('Acme\u0085\u009b Corp', '.pdf')).toBe('Acme Corp.pdf');
    expect(fileName('\u200b\u2066\u200d', '.pdf', { fallback: 'proposal' })).toBe('proposal.pdf');
  });
});

describe('limit messages', () => {
  it('name the field’s own limit for a number beyond every safe integer', () => {
    const scope = structuredClone(variedScope(2));
    scope.rates[0]!.dayRate = 2 ** 53;
    expect(refusal(() => parseInput(scopeSchema, scope)).message).toBe('rates[0].dayRate: expected at most 100,000,000, got 9007199254740992');
    scope.rates[0]!.dayRate = 1e300;
    expect(refusal(() => parseInput(scopeSchema, scope)).message).toMatch(/^rates\[0\]\.dayRate: expected at most 100,000,000, got /);
    scope.rates[0]!.dayRate = 200_000_000;
    expect(refusal(() => parseInput(scopeSchema, scope)).message).toBe('rates[0].dayRate: expected at most 100,000,000, got 200000000');
  });

  it('keep the largest safe integer where it is the field’s limit', () => {
    expect(refusal(() => parseInput(requirementsSchema.partial(), { expectedUsers: 2 ** 60 })).message).toMatch(/expected at most 9,007,199,254,740,991/);
  });
});
