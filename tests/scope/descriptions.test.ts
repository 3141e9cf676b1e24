// A drafted description follows its item only until the consultant retitles the item or edits the description; an
// item without one prints none. Checked on the rule and on the proposal built from a drafted scope.
import { describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel } from '../../shared/proposal';
import { descriptionState, printedDescription } from '../../shared/scope/descriptions';
import { draftScope } from '../../shared/scope/draft';
import { DEFAULT_RATE_CARD, type Scope } from '../../shared/scope/schema';
import { assessmentOf, REVISION } from '../proposal/fixtures';

const requirements: Requirements = { projectKind: 'saas', adminPanel: true, auth: 'roles', integrations: ['Stripe'] };

function scopeText(scope: Scope): string {
  const model = buildProposalModel(assessmentOf({ requirements }), recommend(requirements), DEFAULT_BRANDING, REVISION, { scope });
  return JSON.stringify(model.sections.find((s) => s.title === 'Scope and deliverables')!.blocks);
}

describe('item descriptions', () => {
  const drafted = draftScope(requirements, DEFAULT_RATE_CARD);
  const backOffice = drafted.items.find((i) => i.id === 'back-office')!;
  const stripe = drafted.items.find((i) => i.id.startsWith('integration-'))!;

  it('prints a drafted description beside its drafted title, for knowledge and context items alike', () => {
    expect(descriptionState(backOffice, requirements)).toBe('drafted');
    expect(descriptionState(stripe, requirements)).toBe('drafted');
    const text = scopeText(drafted);
    expect(text).toContain(JSON.stringify(backOffice.description).slice(1, -1));
  });

  it('drops the drafted description once the item is retitled, and keeps the consultant’s own after retitling', () => {
    const retitled = { ...backOffice, title: 'Driver app for deliveries' };
    expect(descriptionState(retitled, requirements)).toBe('stale');
    expect(printedDescription(retitled, requirements)).toBeUndefined();
    const scope = { ...drafted, items: drafted.items.map((i) => (i.id === backOffice.id ? retitled : i)) };
    const text = scopeText(scope);
    expect(text).toContain('Driver app for deliveries');
    expect(text).not.toContain(JSON.stringify(backOffice.description).slice(1, -1));

    const edited = { ...retitled, description: `${backOffice.description} Includes the dispatch screen.` };
    expect(descriptionState(edited, requirements)).toBe('own');
    expect(printedDescription(edited, requirements)).toBe(edited.description);
  });

  it('prints no description for an item the consultant added without one, and theirs when they wrote one', () => {
    const added = { id: 'custom-1', title: 'Loyalty points', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 };
    expect(printedDescription(added, requirements)).toBeUndefined();
    expect(descriptionState({ ...added, description: '  ' }, requirements)).toBe('none');
    expect(printedDescription({ ...added, description: 'Points per order.' }, requirements)).toBe('Points per order.');
    const text = scopeText({ ...drafted, items: [...drafted.items, added] });
    expect(text).toContain('{"text":"Loyalty points"}');
  });
});
