// "Team and references": the consultancy's people, a line each, and up to five case studies (client, outcome, year)
// from Settings' branding; left out when neither is filled in.
import type { ProposalContext } from './context';
import { cleanLine } from './text';
import type { Block, Section } from './types';

export function teamSection(ctx: ProposalContext): Section | null {
  const team = (ctx.branding.team ?? []).filter((m) => cleanLine(m.name) !== '');
  const references = ctx.branding.references ?? [];
  if (team.length === 0 && references.length === 0) return null;
  const blocks: Block[] = [];
  if (team.length > 0) {
    blocks.push({ kind: 'paragraph', text: `The people at ${ctx.company} who would work with ${ctx.client ? `the ${ctx.client} team` : 'you'}.` });
    blocks.push({
      kind: 'bullets',
      items: team.map((m) => {
        const role = cleanLine(m.role);
        const line = cleanLine(m.line);
        return { text: `${cleanLine(m.name)}${role ? `, ${role}` : ''}`, ...(line ? { detail: line } : {}) };
      }),
    });
  }
  if (references.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Work we have delivered' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Client', share: 0.3, bold: true },
        { title: 'Outcome', share: 0.56 },
        { title: 'Year', share: 0.14, align: 'right' },
      ],
      rows: references.map((r) => [cleanLine(r.client), cleanLine(r.outcome), String(r.year)]),
    });
  }
  return { title: 'Team and references', blocks };
}
