// Nothing in the proposal contradicts the scope or the answers: default exclusions the scope delivers against are left
// out, "Still open" lists only questions that apply, and the client edition offers only changes a client could choose.
import { describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { assessmentOf, REVISION, scopeOf } from './fixtures';

const modelOf = (requirements: Requirements, edition: 'client' | 'internal' = 'client', scope = scopeOf(12)): ProposalModel =>
  buildProposalModel(assessmentOf({ requirements }), recommend(requirements), DEFAULT_BRANDING, REVISION, { edition, scope });

const textOf = (model: ProposalModel, title: string | RegExp): string =>
  JSON.stringify(model.sections.filter((s) => (typeof title === 'string' ? s.title === title : title.test(s.title))).map((s) => s.blocks));

describe('a proposal that agrees with its scope', () => {
  it('prints no default exclusion the scope delivers: translations and a data migration beside the old combined line', () => {
    const base = scopeOf(12);
    const scope = {
      ...base,
      exclusions: ['Writing content, translating it and entering existing data.', 'Hosting and third-party service fees, billed to the client directly.'],
      clientResponsibilities: [],
      items: [
        ...base.items,
        { ...base.items[0]!, id: 'i18n', title: 'Translations (th, en)' },
        { ...base.items[0]!, id: 'migration', title: 'Data migration from the old system' },
      ],
    };
    const text = textOf(modelOf({ languages: ['th', 'en'] }, 'client', scope), 'Assumptions and responsibilities');
    expect(text).not.toMatch(/translat/i);
    expect(text).not.toMatch(/existing data/);
    expect(text).toContain('Writing the product\u2019s content.');
    expect(text).toContain('Hosting and third-party service fees');
  });

  it('lists "add it to that software?" as still open only when the client runs software', () => {
    const none = textOf(modelOf({ projectKind: 'saas', existingFramework: 'none' }), 'What we heard');
    expect(none).toContain('Still open');
    expect(none).not.toContain('Should the new work be added to that software?');
    const unanswered = textOf(modelOf({ projectKind: 'saas' }), 'What we heard');
    expect(unanswered).not.toContain('Should the new work be added to that software?');
    const django = textOf(modelOf({ projectKind: 'saas', existingFramework: 'django' }), 'What we heard');
    expect(django).toContain('Should the new work be added to that software?');
    for (const edition of ['client', 'internal'] as const)
      expect(textOf(modelOf({ projectKind: 'saas', existingFramework: 'none' }, edition), 'What we heard')).not.toContain('added to that software');
  });

  it('never offers the client a demo of a few hours, or another fact about them, as what would change the outcome', () => {
    const requirements: Requirements = { projectKind: 'data-tool' };
    expect(recommend(requirements).flips.some((f) => f.changes.some((c) => c.field === 'lifetime' && c.to === 'hours'))).toBe(true);
    const client = textOf(modelOf(requirements, 'client'), /^Recommended approach/);
    expect(client).not.toContain('A few hours (a demo)');
    expect(client).not.toMatch(/How long should it be in use\?/);
    // The internal edition keeps every flip the engine found.
    expect(textOf(modelOf(requirements, 'internal'), /^Recommended approach/)).toContain('A few hours (a demo)');
  });
});
