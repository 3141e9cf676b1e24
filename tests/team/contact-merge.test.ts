// The client's contact person in a team conflict and in a comparison of revisions: a change only the colleague made is
// merged, never silently dropped, and a contact one side cleared is offered like any other field.
import { describe, expect, it } from 'vitest';

import type { AssessmentFields } from '../../shared/assessment';
import { autoMerge, describePart, differingParts, mergeFields } from '../../shared/conflict-merge';
import { fieldDifferences } from '../../shared/revisions';

const base: AssessmentFields = {
  clientName: 'Siam Freight',
  clientContactName: 'Somchai Wongsakul',
  projectTitle: 'Tracking',
  consultant: 'Léa',
  status: 'draft',
  requirements: {},
  notes: '',
};

describe('the client contact person across revisions and devices', () => {
  it("merges a contact only the colleague changed, keeping this side's other edits", () => {
    const mine: AssessmentFields = { ...base, projectTitle: 'Tracking v2' };
    const theirs: AssessmentFields = { ...base, clientContactRole: 'COO', clientContactEmail: 'somchai@siam-freight.co.th' };
    const merged = autoMerge(base, mine, theirs);
    expect(merged.taken).toEqual(['clientContactRole', 'clientContactEmail']);
    expect(merged.fields).toEqual({ ...mine, clientContactRole: 'COO', clientContactEmail: 'somchai@siam-freight.co.th' });
  });

  it('offers a contact one side removed, and taking it removes it here too', () => {
    const { clientContactName: _removed, ...theirs } = base;
    expect(differingParts(base, theirs)).toEqual(['clientContactName']);
    expect(describePart('clientContactName', theirs)).toEqual({ label: 'Contact person', value: '(blank)' });
    expect(mergeFields(base, theirs, ['clientContactName'])).not.toHaveProperty('clientContactName');
  });

  it('names a changed contact in the comparison of two revisions; absent and empty are the same', () => {
    expect(fieldDifferences(base, { ...base, clientContactName: 'Anong P.' })).toEqual([
      { field: 'clientContactName', label: 'Contact person', from: 'Somchai Wongsakul', to: 'Anong P.' },
    ]);
    const { clientContactName: _none, ...without } = base;
    expect(fieldDifferences(without, { ...without, clientContactEmail: '' })).toEqual([]);
  });
});
