// Exporting the proposal PDF, and what the last export left behind (its path, for Open and Show in folder).
// The assessment is saved first, so the PDF always shows what is on screen. Before the first export the consultant
// confirms the branding (BrandingPrompt.svelte), so no proposal goes out under the default consultancy by accident.
import type { Edition } from '../../../shared/proposal/types';
import { call } from './call';
import { draft } from './draft.svelte';
import { m, t } from './i18n.svelte';
import { presentation } from './presentation.svelte';
import { navigate } from './router.svelte';
import { settings } from './settings.svelte';
import { announce } from './status.svelte';

type PromptAnswer = 'confirm' | 'edit' | 'cancel';

/** The first-run branding question: open while it waits for an answer. */
class BrandingPromptState {
  open = $state(false);
  #resolve: ((answer: PromptAnswer) => void) | null = null;

  ask(): Promise<PromptAnswer> {
    this.open = true;
    return new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  answer(answer: PromptAnswer): void {
    this.open = false;
    this.#resolve?.(answer);
    this.#resolve = null;
  }
}

export const brandingPrompt = new BrandingPromptState();

/** True when the branding is confirmed (now or before); false when the consultant chose to edit it or cancelled. */
async function brandingConfirmed(): Promise<boolean> {
  if (!settings.loaded) await settings.load();
  if (settings.proposal.brandingConfirmed) return true;
  const answer = await brandingPrompt.ask();
  if (answer === 'edit') {
    navigate({ screen: 'settings' });
    announce(t(m.ui_proposal_check_branding));
    return false;
  }
  if (answer === 'cancel') {
    announce(t(m.ui_proposal_export_cancelled));
    return false;
  }
  return settings.changeProposal('brandingConfirmed', true);
}

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

/** `revision`: export that revision's proposal (RevisionsView); the current one when absent. */
export async function exportProposal(id: string, edition: Edition = 'client', revision?: number): Promise<void> {
  if (proposal.exporting) return;
  proposal.exporting = true;
  try {
    if (!(await draft.autosave.flush())) return;
    if (!(await brandingConfirmed())) return;
    announce(edition === 'internal' ? t(m.ui_proposal_exporting_internal) : t(m.ui_proposal_exporting));
    const result = await call('proposal.export', { id, edition, ...(revision === undefined ? {} : { revision }) });
    if (result === undefined) return;
    if (result.cancelled || result.path === undefined) {
      announce(t(m.ui_proposal_export_cancelled));
      return;
    }
    proposal.lastExport = { assessmentId: id, path: result.path, sha256: result.sha256 ?? '' };
    // The path ends the sentence's first part with no punctuation after it, so it can be copied (or parsed) whole.
    const replaced =
      result.replaced !== undefined && result.replaced.length > 0 ? t(m.ui_proposal_characters_replaced, { characters: result.replaced.join(' ') }) : '';
    // On the projector no path is shown: a folder or an old revision's file name may name another client.
    announce(
      presentation.on
        ? (revision === undefined ? t(m.ui_proposal_exported) : t(m.ui_proposal_exported_revision, { revision })) + replaced
        : t(m.ui_proposal_exported_to, { path: result.path }) + replaced,
      'success',
    );
  } finally {
    proposal.exporting = false;
  }
}

/** Saves this assessment as a bundle (.json) another consultant can import; the path goes to the status line. */
export async function exportBundle(id: string): Promise<void> {
  if (!(await draft.autosave.flush())) return;
  const result = await call('bundles.export', { ids: [id] });
  if (result === undefined) return;
  if (result.cancelled || result.path === undefined) announce(t(m.ui_proposal_bundle_export_cancelled));
  else announce(presentation.on ? t(m.ui_proposal_bundle_saved) : t(m.ui_proposal_bundle_saved_to, { path: result.path }), 'success');
}

export async function openExport(path: string): Promise<void> {
  if ((await call('proposal.open', { path })) !== undefined) announce(presentation.on ? t(m.ui_proposal_opened) : t(m.ui_proposal_opened_path, { path }));
}

export async function showExportInFolder(path: string): Promise<void> {
  if ((await call('proposal.showInFolder', { path })) !== undefined)
    announce(presentation.on ? t(m.ui_proposal_shown_in_folder) : t(m.ui_proposal_shown_path_in_folder, { path }));
}
