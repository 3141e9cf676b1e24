// "What we heard": the workshop's answers and the project context as a table, then the questions still open.
import {
  type AnswerField,
  type ContextField,
  contextQuestionsIn,
  describeAnswer,
  describeContext,
  questionsIn,
  type Requirements,
  sectionName,
} from '../engine';
import * as m from '../i18n/paraglide/messages';
import type { ProposalContext } from './context';
import { listAnd } from './phrases';
import { contradictionTexts, openQuestionLabels } from './reasoning';
import type { Block, Section } from './types';

/** Whether a question still makes sense given the other answers: "add it to that software?" only when there is software. */
export function applies(field: AnswerField, requirements: Requirements): boolean {
  if (field === 'extendingExisting') return requirements.existingFramework !== undefined && requirements.existingFramework !== 'none';
  return true;
}

/** The budget ranges' bounds in major units of the scope's currency. */
const BUDGETS: Record<string, [number | null, number | null]> = {
  'under-25k': [null, 25_000],
  '25k-75k': [25_000, 75_000],
  '75k-200k': [75_000, 200_000],
  'over-200k': [200_000, null],
};

/** A target date written out ("1 March 2027") and a budget with its currency ("€25,000 to €75,000"); undefined for other fields. */
function contextInClientTerms(ctx: ProposalContext, field: ContextField): string | undefined {
  const value = ctx.assessment.requirements[field];
  if (field === 'targetDate' && typeof value === 'string') return ctx.fmt.date(value);
  const currency = ctx.scope?.currency;
  const bounds = typeof value === 'string' ? BUDGETS[value] : undefined;
  if (field !== 'budgetRange' || bounds === undefined || currency === undefined) return undefined;
  const money = new Intl.NumberFormat(ctx.fmt.locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const [low, high] = bounds;
  const locale = { locale: ctx.language };
  if (low === null) return m.proposal_budget_under({ amount: money.format(high!) }, locale);
  if (high === null) return m.proposal_budget_over({ amount: money.format(low) }, locale);
  return m.proposal_budget_between({ low: money.format(low), high: money.format(high) }, locale);
}

export function heardSection(ctx: ProposalContext): Section | null {
  const { assessment, recommendation: r, internal, client, language } = ctx;
  const locale = { locale: language };
  const contextTopic = m.proposal_heard_context_topic({}, locale);
  const questions = questionsIn(language);
  const answered = questions.filter((q) => assessment.requirements[q.field] !== undefined);
  const open = questions.filter((q) => assessment.requirements[q.field] === undefined && applies(q.field, assessment.requirements));
  // Project context (budget, date, hosting...): recorded beside the answers, moving no score.
  const context = contextQuestionsIn(language).flatMap((q) => {
    const words = contextInClientTerms(ctx, q.field) ?? describeContext(q.field, assessment.requirements[q.field], language);
    return words === undefined ? [] : [[contextTopic, q.label, words]];
  });
  if (answered.length === 0 && context.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: client ? m.proposal_heard_intro_client({ client }, locale) : m.proposal_heard_intro({}, locale),
    },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_heard_topic({}, locale), share: 0.26 },
        { title: m.proposal_heard_question({}, locale), share: 0.38, bold: true },
        { title: m.proposal_heard_answer({}, locale), share: 0.36 },
      ],
      rows: [
        ...answered.map((q) => [sectionName(q.section, language), q.label, describeAnswer(q.field, assessment.requirements[q.field], language)]),
        ...context,
      ],
      productText: true,
    },
  ];
  const openLabels = internal ? openQuestionLabels(r, (field) => applies(field, assessment.requirements), language) : [];
  const openText = openLabels.length > 0 ? openLabels : open.map((q) => q.label);
  // Questions read as questions ("…?"), one after the other; older labels are joined into one sentence.
  const openSentence = openText.every((t) => t.endsWith('?')) ? openText.join(' ') : `${listAnd(openText, language)}.`;
  if (openText.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: m.proposal_heard_still_open({ questions: openSentence }, locale) });
  // Internal: answers that contradict each other, the first thing to settle with the client.
  const contradictions = internal ? contradictionTexts(r) : [];
  if (contradictions.length > 0) blocks.push({ kind: 'paragraph', text: m.proposal_heard_clear_up({ contradictions: contradictions.join(' ') }, locale) });
  return { title: m.proposal_heard_title({}, locale), blocks };
}
