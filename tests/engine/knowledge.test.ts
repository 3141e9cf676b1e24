// The knowledge base as data: every rule can fire, every sentence is used and distinct, each rule names its source.
import { describe, expect, it } from 'vitest';
import { QUESTIONS, RULES, TRADE_OFFS, recommend, type Requirements, type Rule } from '../../shared/engine';

function valuesOf(field: string): unknown[] {
  const q = QUESTIONS.find((x) => x.field === field)!;
  if (q.kind === 'boolean') return [true, false];
  if (q.kind === 'choice') return q.options.map((o) => o.value);
  return [0, 1, 2, 3, 4, 5, 10, 100, 1000];
}

/** A record that makes the rule hold: the first value meeting each `when` condition, the first whenAny one. */
function recordFor(rule: Rule): Requirements | null {
  const record: Record<string, unknown> = {};
  for (const c of [...rule.when, ...(rule.whenAny ?? []).slice(0, 1)]) {
    const value = valuesOf(c.field).find((v) =>
      'is' in c
        ? c.is.includes(v as string | boolean)
        : typeof v === 'number' && (c.atLeast === undefined || v >= c.atLeast) && (c.atMost === undefined || v <= c.atMost),
    );
    if (value === undefined) return null;
    record[c.field] = value;
  }
  return record as Requirements;
}

describe('the knowledge base', () => {
  it('has a unique id, a sentence, a source and known fields for every rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.text)).size).toBe(RULES.length);
    for (const rule of RULES) {
      for (const c of [...rule.when, ...(rule.whenAny ?? []), ...(rule.unless ?? [])])
        expect(
          QUESTIONS.some((q) => q.field === c.field),
          rule.id,
        ).toBe(true);
      expect(rule.when.length, rule.id).toBeGreaterThan(0);
      expect(rule.text).toMatch(/^[A-Z].{20,}\.$/);
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('fires every rule for some record, and its sentence and source then appear among the reasons', () => {
    for (const rule of RULES) {
      const record = recordFor(rule);
      expect(record, rule.id).not.toBeNull();
      const r = recommend(record!);
      expect(
        r.reasons.some((reason) => reason.rule === rule.id && reason.text === rule.text && reason.source === rule.source),
        rule.id,
      ).toBe(true);
    }
  });

  it('keeps "any of" conditions to weightless rules, so evidence is the answers a weighted rule needs', () => {
    for (const rule of RULES.filter((r) => r.whenAny !== undefined))
      expect(
        Object.values(rule.effects).every((e) => e === 0),
        rule.id,
      ).toBe(true);
  });

  it('covers every question except the free-text notes with at least one rule', () => {
    for (const q of QUESTIONS)
      expect(
        RULES.some((r) => r.when.some((c) => c.field === q.field)),
        q.field,
      ).toBe(true);
  });

  it('gives every trade-off a sentence and a source', () => {
    for (const t of TRADE_OFFS) {
      expect(t.text).toMatch(/^[A-Z].{20,}\.$/);
      expect(t.source.length).toBeGreaterThan(10);
    }
  });

  it('gives every option label and help line in plain words', () => {
    for (const q of QUESTIONS) {
      expect(q.label.length).toBeGreaterThan(3);
      expect(q.help.length).toBeGreaterThan(10);
    }
  });
});
