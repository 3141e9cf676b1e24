// The knowledge base as data: every rule can fire, every sentence is used and distinct, weights are sane.
import { describe, expect, it } from 'vitest';
import { QUESTIONS, RULES, recommend, type Requirements } from '../../shared/engine';

function valuesOf(field: string): unknown[] {
  const q = QUESTIONS.find((x) => x.field === field)!;
  if (q.kind === 'boolean') return [true, false];
  if (q.kind === 'choice') return q.options.map((o) => o.value);
  return [0, 1, 2, 3, 4, 5, 10, 100, 1000];
}

describe('the knowledge base', () => {
  it('has a rule id, a sentence and a known field for every rule, ids and sentences unique', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(ids.size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(QUESTIONS.some((q) => q.field === rule.when.field)).toBe(true);
      expect(rule.text).toMatch(/^[A-Z].{20,}\.$/);
    }
  });

  it('fires every rule for some answer, and its sentence then appears among the reasons', () => {
    for (const rule of RULES) {
      const fired = valuesOf(rule.when.field).some((value) => {
        const r = recommend({ [rule.when.field]: value } as Requirements);
        return r.reasons.some((reason) => reason.rule === rule.id && reason.text === rule.text);
      });
      expect(fired, rule.id).toBe(true);
    }
  });

  it('covers every question except the free-text notes with at least one rule', () => {
    for (const q of QUESTIONS) expect(RULES.some((r) => r.when.field === q.field), q.field).toBe(true);
  });

  it('gives every option label and help line in plain words', () => {
    for (const q of QUESTIONS) {
      expect(q.label.length).toBeGreaterThan(3);
      expect(q.help.length).toBeGreaterThan(10);
    }
  });
});
