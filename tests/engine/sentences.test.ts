// The engine's words in every proposal language: every rule, trade-off, question, answer, section and context question
// of the tables has its message in each language (derived from the tables, so a new rule without one fails); a stored
// English recommendation, even an older engine's, renders in another language by id; no English is left over.
// fast-check prints the seed and the shrunk record of any failure, to replay it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  contextQuestionsIn,
  describeAnswer,
  QUESTION_SECTIONS,
  questionsIn,
  reasonText,
  recommend,
  type Recommendation,
  recommendationIn,
  type Requirements,
  RULES,
  ruleText,
  sectionName,
  sourceText,
  TRADE_OFFS,
  tradeOffText,
} from '../../shared/engine';
import { RULE_TEXT, TRADE_OFF_TEXT } from '../../shared/engine/sentences';
import { SOURCE_TEXT } from '../../shared/engine/sources';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import { requirementsArbitrary } from '../fixtures/arbitraries';

const MESSAGES = join(import.meta.dirname, '..', '..', 'messages', 'engine');
const TRANSLATED = PROPOSAL_LANGUAGES.filter((l) => l !== 'en');

function messagesOf(language: ProposalLanguage): Record<string, string> {
  return JSON.parse(readFileSync(join(MESSAGES, `${language}.json`), 'utf8')) as Record<string, string>;
}
const FILES = Object.fromEntries(PROPOSAL_LANGUAGES.map((l) => [l, messagesOf(l)])) as Record<ProposalLanguage, Record<string, string>>;

/** The message id a table row's words live under (`kind-full-product` → `kind_full_product`, `projectKind` → `project_kind`). */
const snake = (s: string): string =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();

/** A message of the file, present and not blank, in every language. */
function expectEverywhere(id: string): void {
  for (const language of PROPOSAL_LANGUAGES) expect(FILES[language][id]?.trim(), `${id} in ${language}`).toBeTruthy();
}

/** Words that only an English sentence has; none of them is a word of German, French, Spanish, Dutch or Thai. */
const ENGLISH = /\b(the|and|with|which|that|would|should|this|from|its|your|their|there|than|into)\b/i;

/** Every sentence a recommendation carries, for the search for English words. */
function sentencesOf(r: Recommendation): string[] {
  return [
    ...r.reasons.map((x) => x.text),
    ...r.tradeOffs.map((x) => x.text),
    ...r.contradictions.map((x) => x.text),
    ...r.confidenceBasis,
    ...r.flips.flatMap((f) => (f.note === undefined ? [] : [f.note])),
    ...(r.tieBreak === null ? [] : [r.tieBreak]),
    ...(r.robustNote === null ? [] : [r.robustNote]),
    ...r.stack.components.map((c) => c.purpose),
  ];
}

const RICH: Requirements = {
  projectKind: 'saas',
  userInterface: 'server-rendered',
  auth: 'roles',
  adminPanel: true,
  dataModel: 'complex',
  teamSize: 9,
  teamExperience: 'mixed',
  lifetime: 'hours',
  concurrency: 'realtime',
  existingFramework: 'flask',
  extendingExisting: true,
  regulatedData: true,
};

describe('the engine in every proposal language', () => {
  it('has a message in every language for every rule and trade-off of the tables, and looks each up by its id', () => {
    expect(Object.keys(RULE_TEXT).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(Object.keys(TRADE_OFF_TEXT).sort()).toEqual(TRADE_OFFS.map((t) => t.id).sort());
    for (const rule of RULES) {
      const id = `engine_rule_${snake(rule.id)}`;
      expectEverywhere(id);
      for (const language of PROPOSAL_LANGUAGES) expect(ruleText(rule.id, language), `${rule.id} in ${language}`).toBe(FILES[language][id]);
      expect(rule.text).toBe(FILES.en[id]);
    }
    for (const t of TRADE_OFFS) {
      const id = `engine_trade_off_${snake(t.id)}`;
      expectEverywhere(id);
      for (const language of PROPOSAL_LANGUAGES) expect(tradeOffText(t.id, language)).toBe(FILES[language][id]);
    }
  });

  it('uses every engine message somewhere in shared/, so none is left behind by a removed rule', () => {
    const shared = join(import.meta.dirname, '..', '..', 'shared');
    const source = readdirSync(shared, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.startsWith('i18n'))
      .map((name) => readFileSync(join(shared, name), 'utf8'))
      .join('\n');
    const unused = Object.keys(FILES.en).filter((id) => id !== '$schema' && !new RegExp(`\\bm\\.${id}\\b`).test(source));
    expect(unused).toEqual([]);
  });

  it('writes every source a rule or trade-off cites in every language, keeping the cited addresses', () => {
    for (const source of [...RULES.map((r) => r.source), ...TRADE_OFFS.map((t) => t.source)]) {
      const parts = source.split('; ');
      for (const language of TRANSLATED) {
        const written = sourceText(source, language).split('; ');
        expect(written).toHaveLength(parts.length);
        written.forEach((part, i) => {
          expect(part, `${parts[i]} in ${language}`).not.toBe(parts[i]);
          expect(part, `${language}: ${part}`).not.toMatch(ENGLISH);
          expect(part.match(/https?:\/\/\S+\)/g) ?? []).toEqual(parts[i]!.match(/https?:\/\/\S+\)/g) ?? []);
        });
      }
    }
    expect(sourceText('A source of an older engine', 'de')).toBe('A source of an older engine');
    // Each message is a part some rule cites: none left behind.
    const cited = new Set([...RULES, ...TRADE_OFFS].flatMap((r) => r.source.split('; ')));
    expect(SOURCE_TEXT.map((text) => text({}, { locale: 'en' })).filter((part) => !cited.has(part))).toEqual([]);
  });

  it('has every question, its help, each of its answers and its section in every language', () => {
    for (const language of PROPOSAL_LANGUAGES) {
      for (const q of questionsIn(language)) {
        const id = `engine_question_${snake(q.field)}`;
        expectEverywhere(id);
        expectEverywhere(`${id}_help`);
        expect(q.label).toBe(FILES[language][id]);
        expect(q.help).toBe(FILES[language][`${id}_help`]);
        if (q.kind !== 'choice') continue;
        for (const option of q.options) {
          const answer = `engine_answer_${snake(q.field)}_${snake(option.value)}`;
          expectEverywhere(answer);
          expect(option.label).toBe(FILES[language][answer]);
          expect(describeAnswer(q.field, option.value, language)).toBe(option.label);
        }
      }
      for (const section of QUESTION_SECTIONS) expect(sectionName(section, language)).toBe(FILES[language][`engine_section_${snake(section)}`]);
      for (const q of contextQuestionsIn(language)) {
        expect(q.label).toBe(FILES[language][`engine_context_${snake(q.field)}`]);
        if (q.kind === 'choice') for (const o of q.options) expect(o.label).toBe(FILES[language][`engine_context_answer_${snake(q.field)}_${snake(o.value)}`]);
      }
    }
    // The same questions in the same order, only the words differ.
    expect(questionsIn('th').map((q) => q.field)).toEqual(questionsIn('en').map((q) => q.field));
  });

  it('keeps the recommendation English by default, word for word what an explicit English one says', () => {
    const english = recommend(RICH);
    expect(recommend(RICH, 'en')).toEqual(english);
    expect(recommendationIn(english, RICH, 'en')).toBe(english);
    expect(english.reasons.every((r) => r.text === RULES.find((rule) => rule.id === r.rule)!.text)).toBe(true);
  });

  it('renders a stored English recommendation of this engine in German exactly as the engine writes German', () => {
    const stored = JSON.parse(JSON.stringify(recommend(RICH))) as Recommendation;
    const german = recommendationIn(stored, RICH, 'de');
    expect(german).toEqual(recommend(RICH, 'de'));
    // The facts are the stored ones; only the words changed.
    expect({ ...german, ...pickWords(stored) }).toEqual(stored);
    expect(german.reasons.map(({ text: _, ...facts }) => facts)).toEqual(stored.reasons.map(({ text: _, ...facts }) => facts));
    expect(german.reasons.map((r) => r.text)).not.toEqual(stored.reasons.map((r) => r.text));
    expect(german.contradictions.length).toBeGreaterThan(0);
    const english = new Set(sentencesOf(stored));
    expect(sentencesOf(german).filter((sentence) => english.has(sentence))).toEqual([]);
    expect(german.confidenceBasis.at(-1)).toBe('Sicherheit: niedrig.');
  });

  it('renders the reasons of an older engine’s stored recommendation in German by rule id, keeping what it cannot know', () => {
    const stored = JSON.parse(JSON.stringify(recommend(RICH))) as Recommendation;
    const older = {
      ...stored,
      engineVersion: '2.1.0',
      reasons: [
        ...stored.reasons,
        { framework: 'django', factor: 'auth', effect: 1, text: 'A rule this engine no longer has.', rule: 'retired-rule', source: 'x' },
      ],
      confidenceBasis: ['Worded by the older engine.'],
    } as unknown as Recommendation;
    const german = recommendationIn(older, RICH, 'de');
    for (const reason of german.reasons.filter((r) => r.rule !== 'retired-rule')) expect(reason.text).toBe(ruleText(reason.rule, 'de'));
    expect(german.reasons.find((r) => r.rule === 'retired-rule')!.text).toBe('A rule this engine no longer has.');
    expect(reasonText({ rule: 'retired-rule', text: 'Stored.' }, 'de')).toBe('Stored.');
    // What needs this engine's judgement stays as the older engine wrote it; what is read from the answers is German.
    expect(german.confidenceBasis).toEqual(['Worded by the older engine.']);
    expect(german.tradeOffs.map((t) => t.text)).toEqual(recommend(RICH, 'de').tradeOffs.map((t) => t.text));
    expect(german.contradictions.map((c) => c.text)).toEqual(recommend(RICH, 'de').contradictions.map((c) => c.text));
    // A sentence whose English differs from what this engine writes is kept, not replaced by a different claim.
    const edited = { ...older, tradeOffs: [{ ...older.tradeOffs[0]!, text: 'An older wording.' }] };
    expect(recommendationIn(edited, RICH, 'de').tradeOffs[0]!.text).toBe('An older wording.');
  });

  it('leaves no English function word in any sentence of a recommendation in another language (property)', () => {
    fc.assert(
      fc.property(requirementsArbitrary, fc.constantFrom(...TRANSLATED), (requirements, language) => {
        const r = recommendationIn(recommend(requirements), requirements, language);
        for (const sentence of sentencesOf(r)) expect(sentence, `${language}: ${sentence}`).not.toMatch(ENGLISH);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves no English function word in the questions, answers and context questions of another language', () => {
    for (const language of TRANSLATED) {
      const words = [
        ...questionsIn(language).flatMap((q) => [q.label, q.help, ...(q.kind === 'choice' ? q.options.map((o) => o.label) : [])]),
        ...contextQuestionsIn(language).flatMap((q) => [q.label, q.help, ...(q.kind === 'choice' ? q.options.map((o) => o.label) : [])]),
      ];
      for (const text of words) expect(text, `${language}: ${text}`).not.toMatch(ENGLISH);
    }
  });
});

/** The sentences of a recommendation, to compare what is left: the facts. */
function pickWords(r: Recommendation): Partial<Recommendation> {
  return {
    reasons: r.reasons,
    tradeOffs: r.tradeOffs,
    contradictions: r.contradictions,
    confidenceBasis: r.confidenceBasis,
    flips: r.flips,
    tieBreak: r.tieBreak,
    robustNote: r.robustNote,
    stack: r.stack,
  };
}
