// The recommendation in words, per language: lists joined and counts chosen as each language does (Intl.ListFormat,
// Intl.PluralRules), the flip and confidence sentences in the proposal's language, English exactly as before.
import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../shared/assessment';
import { type Flip, QUESTIONS, recommend, recommendationIn, type Requirements } from '../../shared/engine';
import {
  CHARACTER,
  confidenceBlocks,
  confidenceText,
  flipSentence,
  frameworkCharacter,
  joinAnd,
  joinOr,
  plural,
  points,
  reasoningBlocks,
  score,
} from '../../shared/proposal/reasoning';

const FLIP: Flip = {
  changes: [
    { field: 'adminPanel', from: null, to: true },
    { field: 'auth', from: 'none', to: 'roles' },
  ],
  winner: 'django',
};

describe('reasoning in the proposal language', () => {
  it('joins lists as each language does, and English as it always has', () => {
    expect(joinAnd(['Django', 'Flask', 'FastAPI'])).toBe('Django, Flask and FastAPI');
    expect(joinAnd(['Django', 'Flask', 'FastAPI'], 'de')).toBe('Django, Flask und FastAPI');
    expect(joinAnd(['Django', 'Flask', 'FastAPI'], 'fr')).toBe('Django, Flask et FastAPI');
    expect(joinAnd(['Django', 'Flask', 'FastAPI'], 'th')).toBe('Django Flask และFastAPI');
    expect(joinAnd(['Django'], 'nl')).toBe('Django');
    expect(joinOr(['Basic', 'Standard', 'Premium'], 'es')).toBe('Basic, Standard o Premium');
  });

  it('chooses the singular or plural by the language’s rules: French 0 is singular, Thai has one form, German groups digits', () => {
    expect(points(1)).toBe('1 point');
    expect(points(2)).toBe('2 points');
    expect(points(1, 'de')).toBe('1 Punkt');
    expect(points(3, 'de')).toBe('3 Punkte');
    expect(points(0, 'fr')).toBe('0 point');
    expect(points(2, 'fr')).toBe('2 points');
    expect(points(1, 'th')).toBe('1 คะแนน');
    expect(points(7, 'th')).toBe('7 คะแนน');
    expect(plural(1200, 'item', 'items')).toBe('1,200 items');
    expect(plural(1200, 'Position', 'Positionen', 'de')).toBe('1.200 Positionen');
    expect(score(-3, 'de')).toBe('\u22123');
  });

  it('writes a flip in German and Thai with the question and answers in that language', () => {
    expect(flipSentence(FLIP)).toBe(
      'If \u201CWill your staff manage content, orders or users themselves?\u201D were answered \u201CYes\u201D (it is open today) and \u201CWill people sign in?\u201D were \u201CYes, and different people may do different things\u201D rather than \u201CNo, it is open to everyone\u201D.',
    );
    const german = flipSentence(FLIP, 'de');
    expect(german).toMatch(
      /^Wenn „Werden Ihre Mitarbeitenden .*“ mit „Ja“ beantwortet würde \(heute ist die Frage offen\) und die Antwort auf „Werden sich Personen anmelden\?“/,
    );
    expect(german).not.toMatch(/\b(and|were|rather)\b/);
    const thai = flipSentence(FLIP, 'th');
    expect(thai.startsWith('หาก')).toBe(true);
    expect(thai).toContain('และ');
    expect(thai).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('states the confidence in German with German counts and the engine’s German words', () => {
    const requirements: Requirements = { projectKind: 'saas', auth: 'roles', adminPanel: true, dataModel: 'complex', teamExperience: 'beginner' };
    const r = recommendationIn(recommend(requirements), requirements, 'de');
    const text = confidenceText(r, QUESTIONS.length, 'de');
    expect(text).toMatch(/^Die Sicherheit ist (hoch|mittel|niedrig): Django liegt \d+ Punkte vor/);
    expect(text).toMatch(/\d+ Antworten/);
    const level: Requirements = { architecture: 'monolith' };
    expect(confidenceText(recommendationIn(recommend(level), level, 'de'), QUESTIONS.length, 'de')).toMatch(
      /^Die Sicherheit ist niedrig, weil die Punktzahlen gleich sind\. Django, Flask und FastAPI liegen gleichauf/,
    );
    expect(confidenceText(recommend(requirements), QUESTIONS.length)).toMatch(/^Confidence is high: Django leads/);
  });

  it('heads and details the reasons in the proposal language, in the internal edition too', () => {
    const requirements: Requirements = { projectKind: 'api-service', userInterface: 'none', auth: 'roles', adminPanel: true, concurrency: 'high-async' };
    const assessment = { requirements } as Assessment;
    const r = recommendationIn(recommend(requirements), requirements, 'nl');
    const blocks = [...reasoningBlocks(assessment, r, true, '24 dagen', 'nl'), ...confidenceBlocks(r, 'nl')];
    const headings = blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text);
    expect(headings[0]).toMatch(/^Wat pleit voor /);
    expect(headings).toContain('Hoe de zekerheid is beoordeeld');
    const details = blocks.flatMap((b) => (b.kind === 'bullets' ? b.items.map((i) => i.detail ?? '') : [])).filter((d) => d !== '');
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(detail).toMatch(/ Gewicht: .*\. Regel: [a-z-]+\. Bron: /);
    expect(details.join(' ')).toContain('Bron: Documentatie van FastAPI,');
    expect(details.join(' ')).not.toMatch(/\b(documentation|guide)\b/);
  });

  it('describes each framework in the proposal language, and in English as before', () => {
    expect(frameworkCharacter('flask')).toBe(CHARACTER.flask);
    expect(CHARACTER.flask).toMatch(/^Flask is a microframework:/);
    expect(frameworkCharacter('flask', 'es')).toMatch(/^Flask es un microframework:/);
    expect(frameworkCharacter('django', 'th')).toMatch(/^Django เป็นเฟรมเวิร์ก/);
  });
});
