// Sixteen proposal exports at once, as sixteen browser tabs or a script against `serve` can start them: each export
// succeeds, each assessment gets its own number, and each PDF prints the number its assessment was given.
import { afterEach, describe, expect, it } from 'vitest';

import { findProposalNumber } from '../../db';
import { pdfText, requirePdfTools } from '../proposal/pdf-tools';
import { type ApiFixture, apiFixture } from './api-fixture';

let api: ApiFixture | undefined;
afterEach(() => {
  api?.close();
  api = undefined;
});

describe('concurrent proposal exports', () => {
  it('give sixteen exports at once sixteen numbers, each printed on its own PDF', { timeout: 120_000 }, async () => {
    requirePdfTools();
    api = await apiFixture();
    const ids: string[] = [];
    // Two clients share a name, so two exports also want the same file name.
    for (let n = 0; n < 16; n++) ids.push((await api.call('assessments.create', { fields: { clientName: n < 2 ? 'Same Client' : `Client ${n}` } })).id);
    const results = await Promise.all(ids.map((id) => api!.raw('proposal.export', { id })));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const numbers = ids.map((id) => findProposalNumber(api!.services.db, id));
    expect(new Set(numbers).size).toBe(16);
    const paths = results.map((result) => (result.ok ? (result.value as { path: string }).path : ''));
    expect(new Set(paths).size).toBe(16);
    for (const [n, path] of paths.entries()) {
      const printed = [...pdfText(path).matchAll(/SW-\d{4}-\d{4}/g)].map((match) => match[0]);
      expect(new Set(printed)).toEqual(new Set([numbers[n]]));
    }
  });
});
