// A proposal number is used up only by an export that wrote its file: a cancelled save dialog or a failed write leaves
// the database as it was, and the next real export prints the number the cancelled one would have printed.
import { afterEach, describe, expect, it } from 'vitest';

import { findProposalNumber } from '../../db';
import type { FileActions } from '../../electron/api/file-actions';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture | undefined;
afterEach(() => {
  api?.close();
  api = undefined;
});

describe('proposal numbers and exports', () => {
  it('gives no number when the save dialog is cancelled, and the next export takes the first free one', async () => {
    api = await apiFixture();
    const { id } = await api.call('assessments.create', { fields: { clientName: 'Nordlicht GmbH', requirements: { projectKind: 'saas' } } });
    const real = api.services.files;
    const cancelling: FileActions = { ...real, chooseSavePath: () => Promise.resolve(null) };
    (api.services as { files: FileActions }).files = cancelling;
    const before = fingerprint(api.services.db);
    expect(await api.call('proposal.export', { id })).toEqual({ cancelled: true });
    expect(fingerprint(api.services.db)).toBe(before);
    expect(findProposalNumber(api.services.db, id)).toBeNull();

    (api.services as { files: FileActions }).files = real;
    const exported = await api.call('proposal.export', { id });
    expect(exported.cancelled).toBe(false);
    expect(findProposalNumber(api.services.db, id)).toMatch(/^SW-\d{4}-0001$/);
  });
});
