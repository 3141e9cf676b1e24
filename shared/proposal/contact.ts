// "Let's talk": who we are in one sentence, the invitation and the consultancy's contact details as a table.
import * as m from '../i18n/paraglide/messages';
import type { ProposalContext } from './context';
import { cleanLine } from './text';
import type { Block, Section } from './types';

export function contactSection(ctx: ProposalContext): Section {
  const { branding, company, client, consultant, addressLines } = ctx;
  const locale = { locale: ctx.language };
  const rows: string[][] = [];
  if (consultant) rows.push([m.proposal_contact_consultant({}, locale), consultant]);
  if (branding.email.trim()) rows.push([m.proposal_contact_email({}, locale), cleanLine(branding.email)]);
  if (branding.website.trim()) rows.push([m.proposal_contact_website({}, locale), cleanLine(branding.website)]);
  if (branding.phone.trim()) rows.push([m.proposal_contact_phone({}, locale), cleanLine(branding.phone)]);
  if (addressLines.length > 0) rows.push([m.proposal_contact_address({}, locale), addressLines.join('\n')]);
  const blocks: Block[] = [
    { kind: 'paragraph', tone: 'lead', text: m.proposal_contact_about({ company }, locale) },
    { kind: 'paragraph', text: client ? m.proposal_contact_invite_client({ client }, locale) : m.proposal_contact_invite({}, locale) },
  ];
  if (rows.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { title: m.proposal_contact({}, locale), share: 0.3, bold: true },
        { title: company, share: 0.7 },
      ],
      rows,
    });
  }
  // Kept whole: the contact details never split across pages or sit alone on the last one.
  return { title: m.proposal_contact_title({}, locale), blocks, keepTogether: true };
}
