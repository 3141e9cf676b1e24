// The investment table names each line once: a drafted phase never reads like one of the lines added to the build
// (project management, quality assurance, contingency), in any proposal language. German and Thai named the quality
// phase exactly as the quality-assurance line ("Qualitätssicherung" twice), so the client read two lines alike.
import { describe, expect, it } from 'vitest';

import { recommend, type Requirements } from '../../shared/engine';
import { PROPOSAL_LANGUAGES } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';
import { buildProposalModel } from '../../shared/proposal';
import { draftScope } from '../../shared/scope';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { assessmentOf, REVISION, SAMPLE_BRANDING } from './fixtures';

// A product with a back office, roles and many users at once: its draft has items in every phase, the quality one too.
const REQUIREMENTS: Requirements = {
  projectKind: 'web-app',
  adminPanel: true,
  auth: 'roles',
  dataModel: 'complex',
  concurrency: 'high-async',
  lifetime: 'years',
  teamSize: 4,
};

/** A line's name without its share: "Qualitätssicherung (15 %)" → "Qualitätssicherung". */
const bare = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/u, '').trim();

describe('the investment table’s line names', () => {
  it.each(PROPOSAL_LANGUAGES)('are all different in %s, a drafted quality phase included', (language) => {
    const scope = draftScope(REQUIREMENTS, DEFAULT_RATE_CARD, { language });
    const model = buildProposalModel(assessmentOf({ requirements: REQUIREMENTS }), recommend(REQUIREMENTS), SAMPLE_BRANDING, REVISION, {
      scope,
      language,
    });
    const item = m.proposal_item({}, { locale: language });
    const table = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.columns[0]?.title === item);
    expect(table, 'the investment table').toBeDefined();
    const names = (table as { rows: string[][] }).rows.map((row) => bare(row[0]!));
    expect(names).toContain(m.scope_phase_quality({}, { locale: language }));
    expect(new Set(names).size, names.join(' | ')).toBe(names.length);
  });
});
