// Merging a team conflict's two sides: only what differs is offered, and the merge takes exactly what was chosen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { AssessmentFields } from '../../shared/assessment';
import { autoMerge, changedParts, differingParts, mergeFields } from '../../shared/conflict-merge';

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

  it('with the common ancestor, says who changed each part and merges what only the colleague changed', () => {
    const mine: AssessmentFields = { ...base, projectTitle: 'Shop (mine)', notes: 'both', requirements: { ...base.requirements, teamSize: 3 } };
    const theirs: AssessmentFields = { ...base, clientName: 'Zoë AS', notes: 'both too', requirements: { projectKind: 'ecommerce' } };
    expect(changedParts(base, mine, theirs)).toEqual([
      { part: 'clientName', changedBy: 'theirs' },
      { part: 'projectTitle', changedBy: 'mine' },
      { part: 'notes', changedBy: 'both' },
      { part: 'adminPanel', changedBy: 'theirs' },
      { part: 'teamSize', changedBy: 'mine' },
    ]);
    const merged = autoMerge(base, mine, theirs);
    expect(merged.taken).toEqual(['clientName', 'adminPanel']);
    expect(merged.fields).toEqual({ ...mine, clientName: 'Zoë AS', requirements: { projectKind: 'ecommerce', teamSize: 3 } });
    // Without an ancestor every difference is for the consultant to choose.
    expect(autoMerge(null, mine, theirs).taken).toEqual([]);
  });

  it('never undoes a change of either side that the other did not touch (property)', () => {
    const value = fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined });
    fc.assert(
      fc.property(
        fc.tuple(value, value, value),
        fc.tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })),
        ([b, m, t], [bn, mn, tn]) => {
          const at = (title: string | undefined, notes: string): AssessmentFields => ({ ...base, projectTitle: title ?? '', notes });
          const result = autoMerge(at(b, bn), at(m, mn), at(t, tn)).fields;
          if ((m ?? '') === (b ?? '')) expect(result.projectTitle).toBe(t ?? '');
          else expect(result.projectTitle).toBe(m ?? '');
          if (mn === bn) expect(result.notes).toBe(tn);
          else expect(result.notes).toBe(mn);
        },
      ),
    );
  });
});
