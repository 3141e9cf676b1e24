// @vitest-environment jsdom
// The pipeline (and a file's size) in the app's language: in German its money, dates and win rate are written as German writes them
// ("38.000,53 £", "06.01.2027", "50 %") and a proposal without a client or title is named in German, never with the
// English placeholders or the ISO dates it showed before; in English it reads as it did.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import PipelineView from '../../renderer/src/components/PipelineView.svelte';
import { formatBytes } from '../../renderer/src/lib/format';
import { applyUiLanguage } from '../../renderer/src/lib/i18n.svelte';
import type { Pipeline, PipelineRow } from '../../shared/pipeline';
import { useFakeApi } from './fake-api';
import { type Mounted, show } from './mount';

const row = (fields: Partial<PipelineRow>): PipelineRow => ({
  id: '3f2b8c1d-5e6a-4b7c-8d9e-0f1a2b3c4d5e',
  clientName: 'Bäckerei Vogel GmbH',
  projectTitle: 'Bestellportal',
  status: 'sent',
  value: 3_800_053,
  currency: 'GBP',
  at: '2026-12-07T10:15:00.000Z',
  validUntil: '2027-01-06',
  acceptedTier: null,
  acceptedBy: null,
  declineReason: null,
  ...fields,
});

const PIPELINE: Pipeline = {
  from: '2026-09-09',
  to: '2026-12-07',
  today: '2026-12-07',
  statuses: [{ status: 'sent', count: 2, values: [{ currency: 'GBP', total: 3_800_053 }] }],
  open: [row({}), row({ id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', clientName: '', projectTitle: 'Intranet', value: null, currency: null })],
  overdue: 0,
  won: { count: 1, values: [{ currency: 'GBP', total: 1_250_000 }] },
  declined: 1,
  expired: 0,
  winRate: 0.5,
  declineReasons: [],
  decided: [
    row({ id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5f', status: 'accepted', acceptedBy: 'Anna Vogel', at: '2026-11-20T09:00:00.000Z', value: 1_250_000 }),
  ],
};

useFakeApi({ 'deals.pipeline': async () => ({ ok: true, value: PIPELINE }) });

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
  applyUiLanguage('en');
});

async function pipelineText(): Promise<string> {
  mounted = show(PipelineView, {});
  await vi.waitFor(() => {
    if (mounted!.target.querySelector('[data-testid="pipeline-figures"]') === null) throw new Error('not loaded yet');
  });
  return (mounted.target.textContent ?? '').replace(/\s+/gu, ' ');
}

describe('the pipeline in the app’s language', () => {
  test('in German: German money, dates and rate, and a proposal without a client named in German', async () => {
    applyUiLanguage('de');
    const text = await pipelineText();
    expect(text).toContain('38.000,53 £');
    expect(text).toContain('06.01.2027');
    expect(text).toContain('20.11.2026');
    expect(text).toContain('50 %');
    expect(text).toContain('Kunde ohne Namen — Intranet');
    expect(text).not.toMatch(/2027-01-06|£38,000\.53|\(no client\)/u);
  });

  test('in English as before, with the date in words', async () => {
    const text = await pipelineText();
    expect(text).toContain('£38,000.53');
    expect(text).toContain('50%');
    expect(text).toContain('Untitled client — Intranet');
    expect(text).toMatch(/Jan 6, 2027|6 Jan 2027/u);
  });
});

describe('a file size in the app’s language', () => {
  test('German writes its decimal with a comma, English with a point', () => {
    applyUiLanguage('de');
    expect(formatBytes(1_572_864)).toBe('1,5 MB');
    expect(formatBytes(2_560)).toBe('2,5 KB');
    applyUiLanguage('en');
    expect(formatBytes(1_572_864)).toBe('1.5 MB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
