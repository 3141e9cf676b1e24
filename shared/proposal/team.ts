// "Team and references": the consultancy's people, a line each, and up to five case studies (client, outcome, year)
// from Settings' branding; left out when neither is filled in.
import * as m from '../i18n/paraglide/messages';
import type { ProposalContext } from './context';
import { cleanLine } from './text';
import type { Block, Section } from './types';

export function teamSection(ctx: ProposalContext): Section | null {
  const team = (ctx.branding.team ?? []).filter((m) => cleanLine(m.name) !== '');
  const references = ctx.branding.references ?? [];
  if (team.length === 0 && references.length === 0) return null;
  const blocks: Block[] = [];
  const locale = { locale: ctx.language };
  if (team.length > 0) {
    const intro = ctx.client
      ? m.proposal_team_intro_client({ company: ctx.company, client: ctx.client }, locale)
      : m.proposal_team_intro({ company: ctx.company }, locale);
    blocks.push({ kind: 'paragraph', text: intro });
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
    blocks.push({ kind: 'subheading', text: m.proposal_team_references({}, locale) });
    blocks.push({
      kind: 'table',
      columns: [
        { title: m.proposal_team_client({}, locale), share: 0.3, bold: true },
        { title: m.proposal_team_outcome({}, locale), share: 0.56 },
        { title: m.proposal_team_year({}, locale), share: 0.14, align: 'right' },
      ],
      rows: references.map((r) => [cleanLine(r.client), cleanLine(r.outcome), String(r.year)]),
    });
  }
  return { title: m.proposal_team_title({}, locale), blocks };
}
