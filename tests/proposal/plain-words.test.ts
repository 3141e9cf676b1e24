// The client edition speaks the client's language: no scores in points, no ORM, WSGI, ASGI or CSRF, for any answers;
// the internal edition keeps the technical terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { plainWords } from '../../shared/proposal/plain-words';
import { variedRecords } from '../fixtures/records';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, scopeOf } from './fixtures';

const JARGON = /\b(ORM|WSGI|ASGI|CSRF|points?)\b/;

function textOf(requirements: Requirements, edition: 'client' | 'internal'): string {
  const model: ProposalModel = buildProposalModel(assessmentOf({ requirements, notes: '' }), recommend(requirements), DEFAULT_BRANDING, REVISION, {
    edition,
    scope: scopeOf(8),
  });
  return JSON.stringify(model.sections);
}

describe('plain words in the client edition', () => {
  it('never prints points, ORM, WSGI, ASGI or CSRF to the client, for any answers (property; fast-check prints the seed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...variedRecords(200, 23)), (requirements) => {
        const text = textOf(requirements, 'client');
        expect(text.match(JARGON)?.[0] ?? null, text.slice(Math.max(0, (text.search(JARGON) ?? 0) - 80), (text.search(JARGON) ?? 0) + 40)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the technical terms in the internal edition', () => {
    expect(textOf(REALISTIC_REQUIREMENTS, 'internal')).toMatch(/ORM/);
    expect(textOf(REALISTIC_REQUIREMENTS, 'internal')).toMatch(/\d+ points behind/);
  });

  it('rewrites sentence by sentence without losing the rest', () => {
    expect(plainWords('Django leads FastAPI by 20 points with 13 of 16 questions answered.')).toBe('Django leads FastAPI with 13 of 16 questions answered.');
    expect(plainWords('The alternative: Flask (22 points behind)')).toBe('The alternative: Flask');
    expect(plainWords('Relational data is well served by Django’s ORM, with migrations.')).toBe(
      'Relational data is well served by Django’s database layer, with migrations.',
    );
    expect(plainWords('WSGI application server')).toBe('application server');
  });
});
