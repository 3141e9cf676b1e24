// Same revision and branding → the same bytes: no clock, no time zone, no randomness in the PDF.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assessmentOf, modelOf, REVISION, SAMPLE_BRANDING, scopedModelOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfInfo, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fileId = (bytes: Uint8Array): string => /\/ID \[ <([0-9A-F]{32})> <\1> \]/.exec(latin1(bytes))?.[1] ?? 'none';

describe('deterministic export', () => {
  it('gives byte-identical PDFs for two exports of the same revision and branding', async () => {
    const first = await renderProposal(modelOf());
    const second = await renderProposal(modelOf());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const cjk = modelOf(assessmentOf({ clientName: '株式会社サクラ 😀' }));
    expect(sha256((await renderProposal(cjk)).bytes)).toBe(sha256((await renderProposal(cjk)).bytes));
  });

  it('gives byte-identical PDFs per edition for a scoped proposal, and different ones for the two editions', async () => {
    const digests = [];
    for (const edition of ['client', 'internal'] as const) {
      const first = sha256((await renderProposal(scopedModelOf(edition))).bytes);
      expect(sha256((await renderProposal(scopedModelOf(edition))).bytes), edition).toBe(first);
      digests.push(first);
    }
    expect(digests[0]).not.toBe(digests[1]);
  });

  it('gives the same bytes in another process running in another time zone', async () => {
    const here = sha256((await renderProposal(modelOf())).bytes);
    const fixtures = new URL('./fixtures.ts', import.meta.url).href;
    const proposal = new URL('./node-render.ts', import.meta.url).href;
    const code = `
      import { createHash } from 'node:crypto';
      const { modelOf } = await import(${JSON.stringify(fixtures)});
      const { renderProposal } = await import(${JSON.stringify(proposal)});
      const { bytes } = await renderProposal(modelOf());
      process.stdout.write(createHash('sha256').update(bytes).digest('hex'));`;
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
        cwd: fileURLToPath(new URL('../../', import.meta.url)),
        env: { ...process.env, TZ: tz, LANG: 'de_DE.UTF-8' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(child.stderr).toBe('');
      expect(child.stdout).toBe(here);
    }
  });

  it('dates the PDF with the revision timestamp, in the time zone it was written in', async () => {
    const file = folder.write(
      'dated.pdf',
      (await renderProposal(modelOf(assessmentOf(), SAMPLE_BRANDING, { number: 4, savedAt: '2025-12-31T23:59:58-05:00' }))).bytes,
    );
    expect(pdfInfo(file).CreationDate).toBe('2025-12-31T23:59:58-05');
    const utc = folder.write(
      'dated-utc.pdf',
      (await renderProposal(modelOf(assessmentOf(), SAMPLE_BRANDING, { number: 4, savedAt: '2026-01-02T03:04:05.678Z' }))).bytes,
    );
    expect(pdfInfo(utc).CreationDate).toBe('2026-01-02T03:04:05Z');
  });

  it('derives the file id from the content: equal for equal proposals, different when anything shown changes', async () => {
    const base = fileId((await renderProposal(modelOf())).bytes);
    expect(base).toMatch(/^[0-9A-F]{32}$/);
    expect(fileId((await renderProposal(modelOf())).bytes)).toBe(base);
    const variants = [
      modelOf(assessmentOf({ projectTitle: 'A different project' })),
      modelOf(assessmentOf(), { ...SAMPLE_BRANDING, phone: '973-814-2526' }),
      modelOf(assessmentOf(), SAMPLE_BRANDING, REVISION, 'internal'),
      modelOf(assessmentOf(), SAMPLE_BRANDING, { ...REVISION, number: REVISION.number + 1 }, 'internal'),
      modelOf(assessmentOf(), SAMPLE_BRANDING, { ...REVISION, savedAt: '2026-03-12T14:31:00+01:00' }),
    ];
    const ids = await Promise.all(variants.map(async (model) => fileId((await renderProposal(model)).bytes)));
    expect(new Set([base, ...ids]).size).toBe(variants.length + 1);
  });
});
