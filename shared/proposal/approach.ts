// "Recommended approach": what the winner is, the scores, the reasoning, the stack and each alternative with its cost
// and the answers that would put it ahead.
import { rewriteOf } from '../scope/project-items';
import { alternativeCost } from './commercial';
import type { ProposalContext } from './context';
import { clientCanChoose, confidenceBlocks, flipSentence, frameworkCharacter, frameworkName as name, plural, reasoningBlocks, score } from './reasoning';
import type { Block, Section } from './types';

/** The days the estimate gives the rewrite of the running application, written out ("24 days"), when it prices one. */
function rewriteDaysText(ctx: ProposalContext): string | undefined {
  const c = ctx.commercial;
  const rewrite = c === null ? undefined : rewriteOf(ctx.assessment.requirements, c.estimate);
  return c === null || rewrite === undefined || rewrite.days <= 0 ? undefined : `${c.fmt.days(rewrite.days)} ${rewrite.days === 1 ? 'day' : 'days'}`;
}

export function approachSection(ctx: ProposalContext): Section {
  const { assessment, recommendation: r, internal, commercial, winner, language } = ctx;
  const first = r.ranking[0]!;
  const blocks: Block[] = [
    { kind: 'paragraph', text: frameworkCharacter(r.recommended, language) },
    {
      kind: 'chart',
      bars: r.ranking.map((x) => ({ label: name(x.framework), value: x.score, display: score(x.score, language), highlight: x.framework === r.recommended })),
      caption: 'Each answer adds weight to the frameworks it suits; the bars are the totals, and the highest total wins.',
    },
    ...reasoningBlocks(assessment, r, internal, rewriteDaysText(ctx), language),
    ...(internal ? confidenceBlocks(r, language) : []),
    { kind: 'subheading', text: 'The stack' },
    {
      kind: 'table',
      columns: [
        { title: 'Component', share: 0.34, bold: true },
        { title: 'Role in the project', share: 0.66 },
      ],
      rows: r.stack.components.map((c) => [c.name, c.purpose]),
      productText: true,
    },
  ];
  for (const entry of r.ranking.slice(1)) {
    const gap = first.score - entry.score;
    blocks.push({
      kind: 'subheading',
      text: `The alternative: ${name(entry.framework)} (${gap === 0 ? 'level' : `${plural(gap, 'point', 'points')} behind`})`,
    });
    blocks.push({
      kind: 'paragraph',
      text: `${frameworkCharacter(entry.framework, language)}${commercial === null ? '' : ` ${alternativeCost(commercial, entry.framework)}`}`,
    });
    // The client edition offers only changes the client could choose; the internal edition every flip the engine found.
    const all = r.flips.filter((f) => f.winner === entry.framework);
    const flips = internal ? all : all.filter(clientCanChoose);
    if (flips.length > 0) {
      blocks.push({ kind: 'paragraph', text: `${name(entry.framework)} would come out ahead:` });
      blocks.push({ kind: 'bullets', items: flips.map((f) => ({ text: flipSentence(f, language) })) });
    } else {
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text:
          all.length > 0
            ? `None of the choices open to you would put ${name(entry.framework)} ahead; only different facts about the project would.`
            : `No change to one or two answers would put ${name(entry.framework)} ahead; it would take a substantially different project.`,
      });
    }
  }
  return { title: `Recommended approach: ${winner}`, blocks };
}
