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
import type { ProposalContext } from './context';
import { contradictionTexts, joinAnd, openQuestionLabels } from './reasoning';
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
  if (low === null) return `Under ${money.format(high!)}`;
  if (high === null) return `Over ${money.format(low)}`;
  return `${money.format(low)} to ${money.format(high)}`;
}

export function heardSection(ctx: ProposalContext): Section | null {
  const { assessment, recommendation: r, internal, clientName, language } = ctx;
  const questions = questionsIn(language);
  const answered = questions.filter((q) => assessment.requirements[q.field] !== undefined);
  const open = questions.filter((q) => assessment.requirements[q.field] === undefined && applies(q.field, assessment.requirements));
  // Project context (budget, date, hosting...): recorded beside the answers, moving no score.
  const context = contextQuestionsIn(language).flatMap((q) => {
    const words = contextInClientTerms(ctx, q.field) ?? describeContext(q.field, assessment.requirements[q.field], language);
    return words === undefined ? [] : [['Project context', q.label, words]];
  });
  if (answered.length === 0 && context.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `What ${clientName} told us in our workshop. Everything that follows rests on these answers; a question still open moves nothing either way.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Topic', share: 0.26 },
        { title: 'Question', share: 0.38, bold: true },
        { title: 'Answer', share: 0.36 },
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
  const openSentence = openText.every((t) => t.endsWith('?')) ? openText.join(' ') : `${joinAnd(openText, language)}.`;
  if (openText.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: `Still open: ${openSentence}` });
  // Internal: answers that contradict each other, the first thing to settle with the client.
  const contradictions = internal ? contradictionTexts(r) : [];
  if (contradictions.length > 0) blocks.push({ kind: 'paragraph', text: `To clear up first: ${contradictions.join(' ')}` });
  return { title: 'What we heard', blocks };
}
