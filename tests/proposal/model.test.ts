// The proposal model's wording: plain sentences built from the recommendation, never field names or raw values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ANSWER_FIELDS, QUESTIONS, recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel, formatDate, type ProposalModel } from '../../shared/proposal';
import { roundedDays } from '../../shared/proposal/formatting';
import { plainWords } from '../../shared/proposal/plain-words';
import { draftScope, estimateScope } from '../../shared/scope';
import { rewriteOf } from '../../shared/scope/project-items';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { variedRecords } from '../fixtures/records';
import { assessmentOf, REVISION, SAMPLE_BRANDING, stringsOf } from './fixtures';

function allText(model: ProposalModel): string[] {
  return stringsOf({ ...model, document: { ...model.document, issuedAt: '' }, pageLabel: '' });
}

function modelFor(requirements: Requirements, edition: 'client' | 'internal' = 'client'): ProposalModel {
  return buildProposalModel(assessmentOf({ requirements, notes: '' }), recommend(requirements), SAMPLE_BRANDING, REVISION, { edition });
}

const rawValues = QUESTIONS.flatMap((q) => (q.kind === 'choice' ? q.options.map((o) => o.value).filter((v) => v.includes('-')) : []));

describe('the proposal model', () => {
  it('never shows a field name or a hyphenated raw value, for any requirements (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...variedRecords(300, 11)), (requirements) => {
        const text = allText(modelFor(requirements)).join('\n');
        // camelCase names only: "lifetime" or "architecture" are also plain English words in the labels.
        for (const field of ANSWER_FIELDS.filter((f) => /[A-Z]/.test(f))) expect(text).not.toContain(field);
        for (const value of rawValues) expect(text).not.toMatch(new RegExp(`(^|[^A-Za-z-])${value}($|[^A-Za-z-])`));
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('turns every flip into a sentence naming the questions and answers (internal edition; the client sees the choices among them)', () => {
    const requirements: Requirements = { projectKind: 'web-app', adminPanel: false, teamExperience: 'senior', teamSize: 3, concurrency: 'typical' };
    const recommendation = recommend(requirements);
    expect(recommendation.flips.length).toBeGreaterThan(0);
    const text = allText(modelFor(requirements, 'internal')).join('\n');
    for (const flip of recommendation.flips) {
      for (const change of flip.changes) expect(text).toContain(`“${QUESTIONS.find((q) => q.field === change.field)!.label}”`);
    }
    expect(text).toMatch(/would come out ahead/);
  });

  it('groups reasons for and against the winner, one entry per rule with its weights', () => {
    const requirements: Requirements = { projectKind: 'saas', adminPanel: true, apiDocs: true, architecture: 'microservices', expectedUsers: 10 };
    const model = modelFor(requirements);
    const reasoning = model.sections.find((s) => s.title === 'Recommended approach: Django')!;
    const headings = reasoning.blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text);
    expect(headings.slice(0, 3)).toEqual(['What speaks for Django', 'What speaks against Django', 'Also considered']);
    const lists = reasoning.blocks.filter((b) => b.kind === 'bullets') as { items: { text: string; detail?: string }[] }[];
    const against = lists[1]!.items;
    expect(against.find((i) => i.text.startsWith('Small services'))!.detail).toBeUndefined();
    expect(new Set(against.map((i) => i.text)).size).toBe(against.length);
    // The internal edition adds the answer, the weights and the rule behind each reason.
    const internal = buildProposalModel(assessmentOf({ requirements, notes: '' }), recommend(requirements), SAMPLE_BRANDING, REVISION, {
      edition: 'internal',
    });
    const internalLists = internal.sections.find((s) => s.title === 'Recommended approach: Django')!.blocks.filter((b) => b.kind === 'bullets') as {
      items: { text: string; detail?: string }[];
    }[];
    const micro = internalLists[1]!.items.find((i) => i.text.startsWith('Small services'))!;
    expect(micro.detail).toMatch(
      /^Is it one system, or several pieces working together\?: Many small pieces, each with its own job\. Weight: Django −1, Flask \+2, FastAPI \+2\. Rule: [\w.-]+\.( Source: .+\.)?$/,
    );
  });

  it('shows, in the internal edition only, how confidence was judged and the answers to clear up first', () => {
    const requirements: Requirements = { projectKind: 'web-app', lifetime: 'hours', auth: 'roles', dataModel: 'complex', teamSize: 12 };
    const r = recommend(requirements);
    const internal = buildProposalModel(assessmentOf({ requirements, notes: '' }), r, SAMPLE_BRANDING, REVISION, { edition: 'internal' });
    const text = allText(internal).join('\n');
    expect(text).toContain('How confidence was judged');
    for (const line of r.confidenceBasis) expect(text).toContain(line);
    expect(text).toContain(`To clear up first: ${r.contradictions[0]!.text}`);
    const client = allText(modelFor(requirements)).join('\n');
    expect(client).not.toContain('How confidence was judged');
    expect(client).not.toContain('To clear up first');
    // A snapshot from an older engine carries neither field and gets neither block.
    const { confidenceBasis: _basis, contradictions: _contradictions, ...older } = r;
    const old = allText(
      buildProposalModel(assessmentOf({ requirements, notes: '' }), older as typeof r, SAMPLE_BRANDING, REVISION, { edition: 'internal' }),
    ).join('\n');
    expect(old).not.toContain('How confidence was judged');
    expect(old).not.toContain('To clear up first');
  });

  it('says plainly when nothing was answered, and when two frameworks are level, stating the tie-break rule', () => {
    const empty = allText(modelFor({})).join('\n');
    expect(empty).toContain('No questions have been answered yet');
    const level = recommend({ teamExperience: 'senior', architecture: 'monolith' });
    expect(level.margin).toBe(0);
    const text = allText(modelFor({ teamExperience: 'senior', architecture: 'monolith' })).join('\n');
    // A tie is admitted with the rule that orders it, never "listed first by convention".
    // The client edition drops the score from the engine's sentence (plain-words.ts); the rest is the engine's.
    expect(text).toContain(plainWords(level.tieBreak!));
    expect(text).not.toMatch(/by convention/);
  });

  it('names the winner’s own trade-offs against it, and the rewrite a switch away from a running codebase costs', () => {
    // A project that wants nearly everything Django brings, extending a running Flask app: Django wins despite the rewrite.
    const requirements: Requirements = {
      existingFramework: 'flask',
      extendingExisting: true,
      projectKind: 'saas',
      auth: 'roles',
      adminPanel: true,
      dataModel: 'complex',
      userInterface: 'server-rendered',
      teamExperience: 'beginner',
      teamTurnover: 'high',
      teamSize: 9,
      regulatedData: true,
      lifetime: 'years',
    };
    const recommendation = recommend(requirements);
    // The bullets right after the "What speaks against" subheading, wherever the reasoning sits in the edition.
    const blocks = modelFor(requirements).sections.flatMap((s) => s.blocks);
    const heading = blocks.findIndex((b) => b.kind === 'subheading' && b.text.startsWith('What speaks against'));
    expect(heading).toBeGreaterThanOrEqual(0);
    const against = (blocks[heading + 1] as { items: { text: string }[] }).items.map((i) => i.text);
    for (const t of recommendation.tradeOffs) expect(against).toContain(t.text);
    expect(recommendation.tradeOffs.length).toBeGreaterThan(0);
    expect(recommendation.recommended).toBe('django');
    expect(against[0]).toMatch(/Choosing Django means a rewrite: the application running on Flask today/);
  });

  it('gives the rewrite trade-off the days the estimate prices it at, once a scope prices it', () => {
    const requirements: Requirements = {
      existingFramework: 'flask',
      extendingExisting: true,
      existingSize: 'medium',
      projectKind: 'saas',
      auth: 'roles',
      adminPanel: true,
      dataModel: 'complex',
      userInterface: 'server-rendered',
      teamExperience: 'beginner',
      teamTurnover: 'high',
      teamSize: 9,
      regulatedData: true,
      lifetime: 'years',
    };
    const recommendation = recommend(requirements);
    expect(recommendation.recommended).toBe('django');
    const scope = draftScope(requirements, DEFAULT_RATE_CARD);
    const rewrite = rewriteOf(requirements, estimateScope(scope, { framework: 'django', teamSize: 9 }));
    expect(rewrite?.days).toBeGreaterThan(0);
    const model = buildProposalModel(assessmentOf({ requirements, notes: '' }), recommendation, SAMPLE_BRANDING, REVISION, { edition: 'internal', scope });
    const bullets = model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'bullets' ? b.items.map((i) => i.text) : []));
    const sentence = bullets.find((t) => t.startsWith('Choosing Django means a rewrite'));
    expect(sentence).toMatch(new RegExp(`prices that rewrite at about ${String(roundedDays(rewrite!.days)).replace('.', '\\.')} days\\.$`));
    // Without a scope nothing is priced, and the sentence stays the engine's own.
    const unpriced = modelFor(requirements, 'internal')
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'bullets' ? b.items.map((i) => i.text) : []));
    expect(unpriced).toContain(recommendation.tradeOffs[0]!.text);
  });

  it('formats the date from the timestamp as written, without a locale or time zone', () => {
    expect(formatDate('2026-03-12T23:30:00-08:00')).toBe('12 March 2026');
    expect(formatDate('2026-01-01T00:10:00+14:00')).toBe('1 January 2026');
  });

  it('names the client, project, consultant and contact details; only the internal edition keeps both notes fields and the revision', () => {
    const client = buildProposalModel(
      assessmentOf({ notes: 'Assessment note.', requirements: { notes: 'Requirements note.' } }),
      recommend({}),
      { ...SAMPLE_BRANDING, address: '1 Main Street, Parsippany' },
      REVISION,
    );
    const clientText = allText(client).join('\n');
    expect(clientText).not.toContain('Assessment note.');
    expect(clientText).not.toContain('Requirements note.');
    expect(client.cover.facts.map((f) => f.label)).not.toContain('Revision');
    const model = buildProposalModel(
      assessmentOf({ notes: 'Assessment note.', requirements: { notes: 'Requirements note.' } }),
      recommend({}),
      { ...SAMPLE_BRANDING, address: '1 Main Street, Parsippany' },
      REVISION,
      { edition: 'internal' },
    );
    const text = allText(model).join('\n');
    for (const words of [
      'Acme Logistics GmbH',
      'Customer portal for freight tracking',
      'Dana Whitfield',
      'info@codism.io',
      'www.codism.io',
      '973-814-2525',
      '1 Main Street, Parsippany',
      'Assessment note.',
      'Requirements note.',
    ]) {
      expect(text).toContain(words);
    }
    expect(model.cover.facts).toContainEqual({ label: 'Edition', value: 'Internal · revision 3' });
  });
});
