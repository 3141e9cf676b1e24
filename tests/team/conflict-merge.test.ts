// Merging a team conflict's two sides: only what differs is offered, and the merge takes exactly what was chosen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differingParts, mergeFields } from '../../shared/conflict-merge';
import type { AssessmentFields } from '../../shared/assessment';

const base: AssessmentFields = {
  clientName: 'Zoë',
  projectTitle: 'Shop',
  consultant: 'Léa',
  status: 'draft',
  requirements: { projectKind: 'ecommerce', adminPanel: true },
  notes: '',
};

describe('conflict merge', () => {
  it('offers the differing fields and answers, and takes exactly the chosen ones', () => {
    const theirs: AssessmentFields = { ...base, projectTitle: 'Shop v2', notes: 'call back', requirements: { projectKind: 'api-service' } };
    expect(differingParts(base, theirs)).toEqual(['projectTitle', 'notes', 'projectKind', 'adminPanel']);
    const merged = mergeFields(base, theirs, ['projectTitle', 'adminPanel']);
    expect(merged).toEqual({ ...base, projectTitle: 'Shop v2', requirements: { projectKind: 'ecommerce' } });
  });

  it('taking every differing part gives the other side; taking none gives this side', () => {
    const side = fc.record({
      projectTitle: fc.string({ maxLength: 5 }),
      notes: fc.string({ maxLength: 5 }),
      apiDocs: fc.option(fc.boolean(), { nil: undefined }),
      teamSize: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const mine: AssessmentFields = { ...base, projectTitle: a.projectTitle, notes: a.notes, requirements: { apiDocs: a.apiDocs, teamSize: a.teamSize } };
        const theirs: AssessmentFields = { ...base, projectTitle: b.projectTitle, notes: b.notes, requirements: { apiDocs: b.apiDocs, teamSize: b.teamSize } };
        const strip = (f: AssessmentFields) => ({ ...f, requirements: JSON.parse(JSON.stringify(f.requirements)) as object });
        expect(strip(mergeFields(mine, theirs, differingParts(mine, theirs)))).toEqual(strip(theirs));
        expect(strip(mergeFields(mine, theirs, []))).toEqual(strip(mine));
      }),
    );
  });
});
