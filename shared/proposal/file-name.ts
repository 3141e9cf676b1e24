// The one naming rule for exported proposals, used by Export (electron/api/proposal-export.ts) and the browser's
// Download (renderer ProposalView.svelte): "Client – Project – proposal.pdf", made safe by shared/file-name.ts.
import { fileName } from '../file-name';
import type { Edition } from './types';

export function proposalFileName(clientName: string, projectTitle: string, edition: Edition = 'client'): string {
  const stem = [clientName.trim(), projectTitle.trim()].filter((s) => s !== '').join(' \u2013 ');
  return fileName(stem, edition === 'internal' ? ' \u2013 proposal (internal).pdf' : ' \u2013 proposal.pdf', { fallback: 'Untitled client' });
}
