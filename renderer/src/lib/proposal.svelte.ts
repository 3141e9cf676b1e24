// Exporting the proposal PDF, and what the last export left behind (its path, for Open and Show in folder).
// The assessment is saved first, so the PDF always shows what is on screen.
import { call } from './call';
import { draft } from './draft.svelte';
import { announce } from './status.svelte';

export interface ExportedFile {
  assessmentId: string;
  path: string;
  sha256: string;
}

class ProposalState {
  lastExport = $state.raw<ExportedFile | null>(null);
  exporting = $state(false);
}

export const proposal = new ProposalState();

export async function exportProposal(id: string): Promise<void> {
  if (proposal.exporting) return;
  proposal.exporting = true;
  try {
    if (!(await draft.autosave.flush())) return;
    announce('Exporting the proposal…');
    const result = await call('proposal.export', { id });
    if (result === undefined) return;
    if (result.cancelled || result.path === undefined) {
      announce('Export cancelled.');
      return;
    }
    proposal.lastExport = { assessmentId: id, path: result.path, sha256: result.sha256 ?? '' };
    // The path ends the sentence's first part with no punctuation after it, so it can be copied (or parsed) whole.
    const replaced = result.replaced !== undefined && result.replaced.length > 0 ? ` — some characters could not be printed and were replaced: ${result.replaced.join(' ')}` : '';
    announce(`Exported to ${result.path}${replaced}`, 'success');
  } finally {
    proposal.exporting = false;
  }
}

/** Saves this assessment as a bundle (.json) another consultant can import; the path goes to the status line. */
export async function exportBundle(id: string): Promise<void> {
  if (!(await draft.autosave.flush())) return;
  const result = await call('bundles.export', { ids: [id] });
  if (result === undefined) return;
  if (result.cancelled || result.path === undefined) announce('Bundle export cancelled.');
  else announce(`Bundle saved to ${result.path}`, 'success');
}

export async function openExport(path: string): Promise<void> {
  if ((await call('proposal.open', { path })) !== undefined) announce(`Opened ${path}`);
}

export async function showExportInFolder(path: string): Promise<void> {
  if ((await call('proposal.showInFolder', { path })) !== undefined) announce(`Showed ${path} in its folder`);
}
