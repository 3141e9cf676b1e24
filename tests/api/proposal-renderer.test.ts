// Proposals render in a worker of their own (electron/api/proposal-renderer.ts): the same bytes as rendering on this
// thread, while this thread's timers keep running; a render that fails says why, and the next one works.
import { afterEach, describe, expect, it } from 'vitest';

import { createAssessment } from '../../db';
import { renderAssessmentProposal } from '../../electron/api/proposal-export';
import { ProposalRenderer } from '../../electron/api/proposal-renderer';
import type { ProposalModel } from '../../shared/proposal';
import { tempDatabase } from '../db/temp';

const renderers: ProposalRenderer[] = [];
afterEach(() => renderers.splice(0).forEach((r) => r.close()));

describe('the proposal renderer in its worker', () => {
  it('renders the same PDF as this thread does, without stalling it', async () => {
    const { db } = await tempDatabase();
    const id = createAssessment(db, { clientName: 'Render Works', projectTitle: 'Portal' }).id;
    const here = await renderAssessmentProposal(db, id);
    const renderer = new ProposalRenderer();
    renderers.push(renderer);
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const there = await renderAssessmentProposal(db, id, { render: renderer.render });
    const took = performance.now() - started;
    clearInterval(timer);
    expect(Buffer.from(there.rendered.bytes).equals(Buffer.from(here.rendered.bytes))).toBe(true);
    expect(there.rendered.pages).toBe(here.rendered.pages);
    expect(longest).toBeLessThan(Math.max(100, took / 3));
    // The second render reuses the worker and its fonts.
    const again = await renderAssessmentProposal(db, id, { render: renderer.render });
    expect(Buffer.from(again.rendered.bytes).equals(Buffer.from(here.rendered.bytes))).toBe(true);
  }, 60_000);

  it('fails a render it cannot do with the reason, and renders the next', async () => {
    const { db } = await tempDatabase();
    const id = createAssessment(db, { clientName: 'After A Failure' }).id;
    const renderer = new ProposalRenderer();
    renderers.push(renderer);
    await expect(renderer.render({ sections: 'not a list' } as unknown as ProposalModel)).rejects.toThrow();
    const rendered = await renderAssessmentProposal(db, id, { render: renderer.render });
    expect(Buffer.from(rendered.rendered.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 60_000);
});
