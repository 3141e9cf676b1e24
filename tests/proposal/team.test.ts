// "Team and references": the consultancy's people and case studies from Settings, parsed from one line each (a bad
// line named, nothing saved), stored with the branding, and printed in the proposal only when filled in.
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getBranding, saveBranding } from '../../db';
import { type Branding, DEFAULT_BRANDING, parseReferenceLines, parseTeamLines } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { buildProposalModel } from '../../shared/proposal';
import { openForTest, tempFolder as dbFolder } from '../db/temp';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfText, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const TEAM = 'Siriporn Wongsawat — Lead consultant — Twelve years of Django for logistics firms\nJörg Müller | Senior developer | Payments and PSD2';
const REFERENCES = 'Bangkok Freight Co. — Cut quote turnaround from two days to an hour — 2025\nNordbank AG – A merchant portal for 4,000 shops – 2024';

describe('team and references', () => {
  it('reads one entry per line with a dash or a bar between the parts, and names a line that does not read', () => {
    const team = parseTeamLines(`${TEAM}\n\n`);
    expect(team).toEqual({
      team: [
        { name: 'Siriporn Wongsawat', role: 'Lead consultant', line: 'Twelve years of Django for logistics firms' },
        { name: 'Jörg Müller', role: 'Senior developer', line: 'Payments and PSD2' },
      ],
    });
    expect(parseReferenceLines(REFERENCES)).toEqual({
      references: [
        { client: 'Bangkok Freight Co.', outcome: 'Cut quote turnaround from two days to an hour', year: 2025 },
        { client: 'Nordbank AG', outcome: 'A merchant portal for 4,000 shops', year: 2024 },
      ],
    });
    expect(parseReferenceLines('Acme — great work')).toEqual({ error: expect.stringMatching(/^references, line 1: write it as/), line: 1 });
    expect(parseReferenceLines('Acme — great work — last year')).toEqual({ error: expect.stringMatching(/line 1/), line: 1 });
    expect(parseReferenceLines(Array.from({ length: 6 }, (_, i) => `C${i} — done — 2020`).join('\n'))).toEqual({
      error: 'references: at most 5 case studies',
      most: 5,
    });
  });

  it('is stored with the branding and printed after the approach when filled, and left out when empty', async () => {
    const db = await openForTest(join(dbFolder(), 'scopewise.db'), { mounts: '' });
    const team = parseTeamLines(TEAM);
    const references = parseReferenceLines(REFERENCES);
    if ('error' in team || 'error' in references) throw new Error('fixture lines do not read');
    saveBranding(db, { ...DEFAULT_BRANDING, team: team.team, references: references.references });
    const branding: Branding = getBranding(db);
    db.close();
    expect(branding.references).toHaveLength(2);

    const assessment = assessmentOf();
    const model = buildProposalModel(assessment, recommend(REALISTIC_REQUIREMENTS), branding, REVISION, { scope: scopeOf(10) });
    const titles = model.sections.map((s) => s.title);
    expect(titles.indexOf('Team and references')).toBe(titles.findIndex((t) => t.startsWith('Recommended approach')) + 1);
    const file = folder.write('team.pdf', (await renderProposal(model)).bytes);
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const expected of ['Team and references', 'Siriporn Wongsawat, Lead consultant', 'Jörg Müller, Senior developer', 'Bangkok Freight Co.', '2024'])
      expect(text).toContain(expected);

    const none = buildProposalModel(assessment, recommend(REALISTIC_REQUIREMENTS), DEFAULT_BRANDING, REVISION, { scope: scopeOf(10) });
    expect(none.sections.map((s) => s.title)).not.toContain('Team and references');
  });
});
