// The executive summary: the need, the recommendation, the investment and the timeline, in a few sentences, in the
// proposal's language (messages/proposal/<language>.json).
import { QUESTIONS } from '../engine';
import * as m from '../i18n/paraglide/messages';
import { investmentSentence, quotedTotal } from './commercial';
import type { ProposalContext } from './context';
import { weeksText } from './phrases';
import { confidenceText } from './reasoning';
import type { Block, Section } from './types';

/** The first sentence: who needs what, with or without the client's name and the project's title. */
function needSentence(ctx: ProposalContext): string {
  const { client, project } = ctx;
  const locale = { locale: ctx.language };
  if (project) return client ? m.proposal_summary_need_client_project({ client, project }, locale) : m.proposal_summary_need_project({ project }, locale);
  return client ? m.proposal_summary_need_client({ client }, locale) : m.proposal_summary_need_unnamed({}, locale);
}

export function summarySection(ctx: ProposalContext): Section {
  const { winner, commercial, fmt, recommendation: r, language } = ctx;
  const locale = { locale: language };
  const total = QUESTIONS.length;
  const lead = [needSentence(ctx), m.proposal_summary_recommend({ framework: winner, stack: r.stack.summary }, locale)];
  if (commercial !== null) lead.push(investmentSentence(commercial));
  const confidence = { high: m.proposal_confidence_high, medium: m.proposal_confidence_medium, low: m.proposal_confidence_low }[r.confidence]({}, locale);
  const blocks: Block[] = [
    { kind: 'paragraph', tone: 'lead', text: lead.join(' ') },
    {
      kind: 'callout',
      label: m.proposal_summary_callout_label({}, locale),
      title: winner,
      lines: [
        m.proposal_summary_stack({ stack: r.stack.summary }, locale),
        ...(commercial === null
          ? []
          : [
              m.proposal_summary_investment(
                { price: fmt.money(quotedTotal(commercial, commercial.tier)), weeks: weeksText(fmt, commercial.tier.weeks, language) },
                locale,
              ),
            ]),
        m.proposal_summary_confidence({ confidence, answered: String(r.answered), total: String(total) }, locale),
      ],
    },
    { kind: 'paragraph', text: confidenceText(r, total, ctx.language) },
  ];
  return { title: m.proposal_summary_title({}, locale), blocks };
}
