// Proposal numbers: given once per assessment, unique, stable afterwards, in the format of the settings.
import { describe, expect, it } from 'vitest';

import {
  assignProposalNumber,
  createAssessment,
  type Database,
  findProposalNumber,
  formatProposalNumber,
  getProposalSettings,
  saveProposalSettings,
} from '../../db';
import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { tempDatabase } from './temp';

async function fresh(): Promise<Database> {
  return (await tempDatabase()).db;
}

describe('proposal numbers', () => {
  it('gives the next number of the year at the first export and keeps it for that assessment', async () => {
    const handle = await fresh();
    const a = createAssessment(handle, { clientName: 'A' }).id;
    const b = createAssessment(handle, { clientName: 'B' }).id;
    expect(findProposalNumber(handle, a)).toBeNull();
    const at = new Date('2026-05-01T10:00:00Z');
    expect(assignProposalNumber(handle, a, 'SW-{year}-{seq}', at)).toBe('SW-2026-0001');
    expect(assignProposalNumber(handle, b, 'SW-{year}-{seq}', at)).toBe('SW-2026-0002');
    expect(assignProposalNumber(handle, a, 'OTHER-{seq}', new Date('2027-01-01T00:00:00Z'))).toBe('SW-2026-0001');
    expect(findProposalNumber(handle, a)).toBe('SW-2026-0001');
    const c = createAssessment(handle, { clientName: 'C' }).id;
    expect(assignProposalNumber(handle, c, 'SW-{year}-{seq}', new Date('2027-01-02T00:00:00Z'))).toBe('SW-2027-0001');
  });

  it('skips a number already taken when the format has no year', async () => {
    const handle = await fresh();
    const ids = ['A', 'B', 'C'].map((clientName) => createAssessment(handle, { clientName }).id);
    expect(assignProposalNumber(handle, ids[0]!, 'P{seq}', new Date('2026-12-31T00:00:00Z'))).toBe('P0001');
    expect(assignProposalNumber(handle, ids[1]!, 'P{seq}', new Date('2027-01-01T00:00:00Z'))).toBe('P0002');
    const numbers = handle.prepare('SELECT number FROM proposal_numbers').all();
    expect(new Set(numbers.map((r) => (r as { number: string }).number)).size).toBe(2);
    expect(formatProposalNumber('{year}/{seq}', 2026, 42)).toBe('2026/0042');
  });

  it('stores the proposal settings and refuses an unknown locale or a format without {seq}, naming the field', async () => {
    const handle = await fresh();
    expect(getProposalSettings(handle)).toEqual(DEFAULT_PROPOSAL_SETTINGS);
    saveProposalSettings(handle, { ...DEFAULT_PROPOSAL_SETTINGS, locale: 'de-DE', validityDays: 14 });
    expect(getProposalSettings(handle)).toMatchObject({ locale: 'de-DE', validityDays: 14 });
    expect(() => saveProposalSettings(handle, { ...DEFAULT_PROPOSAL_SETTINGS, numberFormat: 'SW-{year}' })).toThrow(/numberFormat/);
    expect(() => saveProposalSettings(handle, { ...DEFAULT_PROPOSAL_SETTINGS, locale: 'not a locale!' })).toThrow(/locale/);
    expect(getProposalSettings(handle)).toMatchObject({ locale: 'de-DE' });
  });
});
