// "Recommended approach": what the winner is, the scores, the reasoning, the stack and each alternative with its cost
// and the answers that would put it ahead.
import * as m from '../i18n/paraglide/messages';
import { rewriteOf } from '../scope/project-items';
import { alternativeCost } from './commercial';
import type { ProposalContext } from './context';
import { countText, roughDaysText } from './phrases';
import { clientCanChoose, confidenceBlocks, flipSentence, frameworkCharacter, frameworkName as name, reasoningBlocks, score } from './reasoning';
import type { Block, Section } from './types';

/** The days the estimate gives the rewrite of the running application, said roughly ("24 days"), when it prices one. */
function rewriteDaysText(ctx: ProposalContext): string | undefined {
  const c = ctx.commercial;
  const rewrite = c === null ? undefined : rewriteOf(ctx.assessment.requirements, c.estimate);
  return c === null || rewrite === undefined || rewrite.days <= 0 ? undefined : roughDaysText(c.fmt, rewrite.days, ctx.language);
}

/** "The alternative: Flask (4 points behind)"; the client edition names no points (the client reads no scores). */
function alternativeHeading(ctx: ProposalContext, framework: string, gap: number): string {
  const locale = { locale: ctx.language };
  if (gap === 0) return m.proposal_approach_alternative_level({ framework }, locale);
  if (!ctx.internal) return m.proposal_approach_alternative({ framework }, locale);
  const behind = countText(ctx.fmt, gap, ctx.language, m.proposal_points_behind_one, m.proposal_points_behind_other);
  return m.proposal_approach_alternative_behind({ framework, behind }, locale);
}

export function approachSection(ctx: ProposalContext): Section {
  const { assessment, recommendation: r, internal, commercial, winner, language } = ctx;
  const locale = { locale: language };
  const first = r.ranking[0]!;
  const blocks: Block[] = [
    { kind: 'paragraph', text: frameworkCharacter(r.recommended, language) },
    {
      kind: 'chart',
      bars: r.ranking.map((x) => ({ label: name(x.framework), value: x.score, display: score(x.score, language), highlight: x.framework === r.recommended })),
      caption: m.proposal_approach_chart_caption({}, locale),
    },
    ...reasoningBlocks(assessment, r, internal, rewriteDaysText(ctx), language),
    ...(internal ? confidenceBlocks(r, language) : []),
    { kind: 'subheading', text: m.proposal_approach_stack({}, locale) },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_approach_component({}, locale), share: 0.34, bold: true },
        { title: m.proposal_approach_role({}, locale), share: 0.66 },
      ],
      rows: r.stack.components.map((c) => [c.name, c.purpose]),
      productText: true,
    },
  ];
  for (const entry of r.ranking.slice(1)) {
    const gap = first.score - entry.score;
    blocks.push({ kind: 'subheading', text: alternativeHeading(ctx, name(entry.framework), gap) });
    blocks.push({
      kind: 'paragraph',
      text: `${frameworkCharacter(entry.framework, language)}${commercial === null ? '' : ` ${alternativeCost(commercial, entry.framework)}`}`,
    });
    // The client edition offers only changes the client could choose; the internal edition every flip the engine found.
    const all = r.flips.filter((f) => f.winner === entry.framework);
    const flips = internal ? all : all.filter(clientCanChoose);
    if (flips.length > 0) {
      blocks.push({ kind: 'paragraph', text: m.proposal_approach_would_lead({ framework: name(entry.framework) }, locale) });
      blocks.push({ kind: 'bullets', items: flips.map((f) => ({ text: flipSentence(f, language) })) });
    } else {
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text:
          all.length > 0
            ? m.proposal_approach_no_choice({ framework: name(entry.framework) }, locale)
            : m.proposal_approach_no_change({ framework: name(entry.framework) }, locale),
      });
    }
  }
  return { title: m.proposal_approach_title({ framework: winner }, locale), blocks };
}
