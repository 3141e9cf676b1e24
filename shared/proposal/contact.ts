// "Let's talk": who we are in one sentence, the invitation and the consultancy's contact details as a table.
import type { ProposalContext } from './context';
import { cleanLine } from './text';
import type { Block, Section } from './types';

export function contactSection(ctx: ProposalContext): Section {
  const { branding, company, client, consultant, addressLines } = ctx;
  const rows: string[][] = [];
  if (consultant) rows.push(['Your consultant', consultant]);
  if (branding.email.trim()) rows.push(['Email', cleanLine(branding.email)]);
  if (branding.website.trim()) rows.push(['Website', cleanLine(branding.website)]);
  if (branding.phone.trim()) rows.push(['Phone', cleanLine(branding.phone)]);
  if (addressLines.length > 0) rows.push(['Address', addressLines.join('\n')]);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${company} designs and builds production web applications in Python with Django, Flask and FastAPI, choosing the framework that fits each project rather than the one we used last.`,
    },
    { kind: 'paragraph', text: `We would be glad to walk ${client ? `the ${client} team` : 'your team'} through this proposal and agree the next step.` },
  ];
  if (rows.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Contact', share: 0.3, bold: true },
        { title: company, share: 0.7 },
      ],
      rows,
    });
  }
  // Kept whole: the contact details never split across pages or sit alone on the last one.
  return { title: 'Let\u2019s talk', blocks, keepTogether: true };
}
