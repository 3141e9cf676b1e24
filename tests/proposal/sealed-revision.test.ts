// Sealed means sealed: the language, locale and wording of a sent revision are part of what was sent. Re-exporting it
// gives the byte-identical file (both editions) whatever the settings, branding or the assessment's language say later;
// an unsent revision follows the current settings. Real SQLite file, real PDF bytes read back by poppler.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createAssessment,
  type Database,
  getBranding,
  getProposalSettings,
  saveAssessment,
  saveBranding,
  saveProposalSettings,
  setStatus,
  sha256Hex,
} from '../../db';
import { renderAssessmentProposal, writeProposal } from '../../electron/api/proposal-export';
import { tempDatabase } from '../db/temp';
import { REALISTIC_REQUIREMENTS, scopeOf } from './fixtures';
import { pdfText } from './pdf-tools';

const t0 = new Date('2026-03-02T09:00:00.000Z');

let written = 0;
function textOf(folder: string, bytes: Uint8Array): string {
  const path = join(folder, `read-${++written}.pdf`);
  writeFileSync(path, bytes);
  return pdfText(path);
}

async function exportBoth(db: Database, id: string, folder: string, revision?: number): Promise<Record<'client' | 'internal', string>> {
  const hashes = { client: '', internal: '' };
  for (const edition of ['client', 'internal'] as const) {
    const file = await renderAssessmentProposal(db, id, { edition, assignNumber: true, ...(revision === undefined ? {} : { revision }) });
    hashes[edition] = writeProposal(db, file, join(folder, `${edition}-${++written}.pdf`)).sha256;
  }
  return hashes;
}

/** Everything the settings and branding could change about a proposal, changed. */
function changeEverything(db: Database): void {
  saveProposalSettings(db, { ...getProposalSettings(db), locale: 'de-CH', validityDays: 61, priceRounding: '1000', showRange: true });
  saveBranding(db, { ...getBranding(db), companyName: 'Renamed Consultancy AG', email: 'new@example.org' });
}

describe('a sent revision re-exports as the file that was sent', () => {
  it('gives byte-identical client and internal editions after the settings, branding and language changed', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(
      db,
      { clientName: 'Müller Logistik GmbH', projectTitle: 'Kundenportal', requirements: REALISTIC_REQUIREMENTS, scope: scopeOf(12), proposalLanguage: 'de' },
      { now: t0 },
    );
    const sent = await exportBoth(db, id, folder);
    const sentFile = await renderAssessmentProposal(db, id);
    expect(textOf(folder, sentFile.rendered.bytes)).toContain('Gültig bis');
    setStatus(db, id, { status: 'sent' });

    changeEverything(db);
    // The client asks for French from now on: a new revision (the sent one is sealed).
    const french = saveAssessment(db, id, { proposalLanguage: 'fr' });
    expect(french.revision).toBeGreaterThan(sentFile.revision);

    const again = await exportBoth(db, id, folder, sentFile.revision);
    expect(again).toEqual(sent);
    // The current revision follows the new language and settings.
    const current = await renderAssessmentProposal(db, id);
    const text = textOf(folder, current.rendered.bytes);
    expect(text).toContain('Valable jusqu’au');
    expect(text).toContain('Renamed Consultancy AG');
    expect(sha256Hex(current.rendered.bytes)).not.toBe(sent.client);
  });

  it('renders an exported revision that was never sent with the current settings', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme', projectTitle: 'Portal', requirements: REALISTIC_REQUIREMENTS, scope: scopeOf(12) }, { now: t0 });
    const first = await exportBoth(db, id, folder);
    changeEverything(db);
    const again = await exportBoth(db, id, folder, 1);
    expect(again.client).not.toBe(first.client);
    expect(again.internal).not.toBe(first.internal);
    const text = textOf(folder, (await renderAssessmentProposal(db, id, { revision: 1 })).rendered.bytes);
    expect(text).toContain('Renamed Consultancy AG');
    // Once sent, what was last exported is what stays.
    setStatus(db, id, { status: 'sent' });
    changeEverything(db);
    saveBranding(db, { ...getBranding(db), companyName: 'Third Name Ltd' });
    expect(await exportBoth(db, id, folder, 1)).toEqual(again);
  });

  it('writes a sent revision asked for in another language fresh, and keeps the sent language as sent', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(
      db,
      { clientName: 'Acme', projectTitle: 'Portal', requirements: REALISTIC_REQUIREMENTS, scope: scopeOf(8), proposalLanguage: 'nl' },
      { now: t0 },
    );
    const sent = await exportBoth(db, id, folder);
    setStatus(db, id, { status: 'sent' });
    changeEverything(db);
    const spanish = await renderAssessmentProposal(db, id, { revision: 1, language: 'es' });
    expect(spanish.language).toBe('es');
    expect(textOf(folder, spanish.rendered.bytes)).toContain('Válida hasta');
    expect(await exportBoth(db, id, folder, 1)).toEqual(sent);
  });
});
