// @vitest-environment jsdom
// The live recommendation panel shows what the engine says: the winner, how sure, the scores, the reasons,
// and the answers that would change the outcome.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { tick } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';

import LivePanel from '../../renderer/src/components/LivePanel.svelte';
import { describeAnswer, FRAMEWORK_NAMES, questionLabel, QUESTIONS, recommend, type Requirements } from '../../shared/engine';
import { type Mounted, one, show } from './mount';

let mounted: Mounted | undefined;
afterEach(() => mounted?.destroy());

const apiService: Requirements = { projectKind: 'api-service', concurrency: 'high-async', apiDocs: true, userInterface: 'none' };
const contentSite: Requirements = {
  projectKind: 'content-platform',
  userInterface: 'server-rendered',
  adminPanel: true,
  auth: 'roles',
  dataModel: 'complex',
  teamSize: 8,
  teamExperience: 'mixed',
  teamTurnover: 'high',
  lifetime: 'years',
  architecture: 'monolith',
};

describe('live panel', () => {
  test('the winner carries data-testid="recommended" and data-framework with the engine\'s answer', () => {
    for (const requirements of [{}, apiService, contentSite]) {
      const recommendation = recommend(requirements);
      mounted = show(LivePanel, { recommendation });
      const winner = one(mounted.target, '[data-testid="recommended"]');
      expect(winner.dataset.framework).toBe(recommendation.recommended);
      expect(winner.textContent?.trim()).toBe(FRAMEWORK_NAMES[recommendation.recommended]);
      mounted.destroy();
      mounted = undefined;
    }
  });

  test('shows the confidence and how many questions are answered', () => {
    const recommendation = recommend(contentSite);
    mounted = show(LivePanel, { recommendation });
    const confidence = one(mounted.target, '[data-testid="confidence"]');
    expect(confidence.dataset.confidence).toBe(recommendation.confidence);
    expect(confidence.textContent).toContain(`${recommendation.confidence[0]!.toUpperCase()}${recommendation.confidence.slice(1)} confidence`);
    expect(confidence.textContent).toContain(`${recommendation.answered} of ${QUESTIONS.length} questions answered`);
  });

  test('one score bar per framework, best first, with its score', () => {
    const recommendation = recommend(apiService);
    mounted = show(LivePanel, { recommendation });
    const bars = [...mounted.target.querySelectorAll<HTMLElement>('.bars li')];
    expect(bars.map((b) => b.dataset.framework)).toEqual(recommendation.ranking.map((r) => r.framework));
    bars.forEach((bar, i) => expect(bar.textContent).toContain(String(recommendation.ranking[i]!.score)));
  });

  test('the strongest reasons come first, each sentence once, at most five', () => {
    const recommendation = recommend(contentSite);
    mounted = show(LivePanel, { recommendation });
    const reasons = [...mounted.target.querySelectorAll('.reasons li')].map((li) => li.textContent ?? '');
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(5);
    expect(reasons[0]).toContain(recommendation.reasons[0]!.text);
    const texts = reasons.map((r) => recommendation.reasons.find((reason) => r.includes(reason.text))?.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('lists every reason, one per rule, a click away', async () => {
    const recommendation = recommend(contentSite);
    mounted = show(LivePanel, { recommendation });
    const rules = new Set(recommendation.reasons.map((r) => r.rule));
    expect(rules.size).toBeGreaterThan(5);
    const button = one<HTMLButtonElement>(mounted.target, 'button.all');
    expect(button.textContent).toContain(`All ${rules.size} reasons`);
    // jsdom has no showModal; the panel's list still renders once asked for.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only checks whether jsdom has the method
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    button.click();
    await tick();
    const all = [...mounted.target.querySelectorAll('[data-testid="all-reasons"] li')];
    expect(all).toHaveLength(rules.size);
  });

  test('says which changed answers would make another framework win', () => {
    const recommendation = recommend({ projectKind: 'web-app', userInterface: 'spa-frontend', concurrency: 'realtime', auth: 'basic', lifetime: 'years' });
    expect(recommendation.flips.length).toBeGreaterThan(0);
    mounted = show(LivePanel, { recommendation });
    const first = one(mounted.target, '.flips li').textContent ?? '';
    const flip = recommendation.flips[0]!;
    expect(first).toContain(FRAMEWORK_NAMES[flip.winner]);
    for (const change of flip.changes) expect(first).toContain(`${questionLabel(change.field)}: ${describeAnswer(change.field, change.to)}`);
  });

  test('shows a tie as a tie: both frameworks named, the word "tie", and the tie-break sentence', () => {
    const recommendation = recommend({ projectKind: 'api-service' });
    expect(recommendation.tiedWith).toEqual(['fastapi']);
    mounted = show(LivePanel, { recommendation });
    const tie = one(mounted.target, '[data-testid="tie"]').textContent ?? '';
    expect(tie).toMatch(/Flask\s+or\s+FastAPI\s+tie/);
    expect(one(mounted.target, '[data-testid="tie-break"]').textContent).toBe(recommendation.tieBreak);
  });

  test('without a tie there is no tie line', () => {
    mounted = show(LivePanel, { recommendation: recommend(contentSite) });
    expect(mounted.target.querySelector('[data-testid="tie"]')).toBeNull();
    expect(mounted.target.querySelector('[data-testid="tie-break"]')).toBeNull();
  });

  test('"Ask next" shows the top two open questions with what their answers would do', () => {
    const recommendation = recommend({ projectKind: 'api-service' });
    expect(recommendation.openQuestions.length).toBeGreaterThan(1);
    mounted = show(LivePanel, { recommendation });
    const items = [...mounted.target.querySelectorAll<HTMLElement>('.ask-next > li')];
    expect(items.map((li) => li.dataset.question)).toEqual(recommendation.openQuestions.slice(0, 2).map((q) => q.field));
    const first = recommendation.openQuestions[0]!;
    expect(items[0]!.textContent).toContain(questionLabel(first.field));
    const flipping = first.answers.find((a) => a.winner !== recommendation.recommended)!;
    expect(items[0]!.textContent).toContain(
      `${describeAnswer(first.field, flipping.value)}: ${FRAMEWORK_NAMES[flipping.winner]} would win (${flipping.confidence} confidence)`,
    );
  });

  test('says the result is robust when no change of one or two answers flips it', () => {
    const robust = recommend({
      ...contentSite,
      concurrency: 'typical',
      apiDocs: false,
      minimalDependencies: false,
      existingFramework: 'django',
      extendingExisting: true,
    });
    expect(robust.robust).toBe(true);
    mounted = show(LivePanel, { recommendation: robust });
    expect(one(mounted.target, '[data-testid="robust"]').textContent).toBe(robust.robustNote);
  });

  test('names the rewrite when a flip leaves a codebase the work extends', () => {
    const recommendation = recommend({
      existingFramework: 'flask',
      extendingExisting: true,
      projectKind: 'saas',
      auth: 'roles',
      adminPanel: true,
      dataModel: 'complex',
      teamExperience: 'beginner',
      teamTurnover: 'high',
      teamSize: 9,
      regulatedData: true,
    });
    expect(recommendation.recommended).toBe('flask');
    mounted = show(LivePanel, { recommendation });
    expect(one(mounted.target, '.flips').textContent).toMatch(/rewriting the running Flask application/);
  });

  test('says beside the winner when it means rewriting the application the work extends, and says nothing of it otherwise', () => {
    const leaves = recommend({
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
    });
    expect(leaves.recommended).toBe('django');
    mounted = show(LivePanel, { recommendation: leaves });
    expect(one(mounted.target, '[data-testid="rewrite"]').textContent).toMatch(/^Choosing Django means a rewrite/);
    mounted.destroy();
    mounted = show(LivePanel, { recommendation: recommend({ existingFramework: 'flask', extendingExisting: true, auth: 'roles' }) });
    expect(mounted.target.querySelector('[data-testid="rewrite"]')).toBeNull();
  });

  test('"Ask next" puts answers that contradict each other first, before any open question', () => {
    const recommendation = recommend({ projectKind: 'web-app', lifetime: 'hours', auth: 'roles', dataModel: 'complex', teamSize: 12 });
    expect(recommendation.contradictions).toHaveLength(1);
    mounted = show(LivePanel, { recommendation });
    const block = one(mounted.target, '.ask-block');
    const first = block.querySelector('ul')!;
    expect(first.dataset.testid).toBe('contradictions');
    expect(first.textContent).toContain(`Clear up first: ${recommendation.contradictions[0]!.text}`);
    expect(one(first, 'li').dataset.fields).toBe('lifetime auth dataModel teamSize');
  });

  test('with nothing answered it invites answers instead of listing reasons', () => {
    mounted = show(LivePanel, { recommendation: recommend({}) });
    expect(mounted.target.textContent).toContain('Answer a few questions');
  });
});
