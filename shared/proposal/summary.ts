// The executive summary: the need, the recommendation, the investment and the timeline, in a few sentences.
import { QUESTIONS } from '../engine';
import { investmentSentence, quotedTotal } from './commercial';
import type { ProposalContext } from './context';
import { confidenceText } from './reasoning';
import type { Block, Section } from './types';

export function summarySection(ctx: ProposalContext): Section {
  const { client, project, winner, commercial, fmt, recommendation: r } = ctx;
  const total = QUESTIONS.length;
  const need = project ? `${client ? `${client} needs` : 'The project is'} \u201C${project}\u201D` : `${client || 'The client'} needs a Python web application`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${need}. We recommend building it with ${winner}, starting from ${r.stack.summary}.${commercial === null ? '' : ` ${investmentSentence(commercial)}`}`,
    },
    {
      kind: 'callout',
      label: 'Our recommendation',
      title: winner,
      lines: [
        `Suggested stack: ${r.stack.summary}`,
        ...(commercial === null
          ? []
          : [`Investment: ${fmt.money(quotedTotal(commercial, commercial.tier))} \u00B7 about ${fmt.weeks(commercial.tier.weeks)} weeks`]),
        `Confidence: ${r.confidence} (${r.answered} of ${total} questions answered)`,
      ],
    },
    { kind: 'paragraph', text: confidenceText(r, total, ctx.language) },
  ];
  return { title: 'Executive summary', blocks };
}
