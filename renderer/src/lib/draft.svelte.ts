// The assessment open in the editor: its fields as the user types them, the live recommendation derived from
// them, and autosave. Typed text is never dropped: a failed save keeps it here and retries on the next change.
import type { AssessmentStatus, SavedAssessment } from '../../../shared/assessment';
import { recommend, type AnswerField, type Requirements } from '../../../shared/engine';
import { Autosave, type SaveState } from './autosave';
import { callRaw } from './call';
import { formatTime } from './format';
import { announce, reportError } from './status.svelte';

export type TextField = 'clientName' | 'projectTitle' | 'consultant' | 'notes';
export type AnswerValue = string | number | boolean;

class Draft {
  id = $state<string | null>(null);
  clientName = $state('');
  projectTitle = $state('');
  consultant = $state('');
  status = $state<AssessmentStatus>('draft');
  notes = $state('');
  /** Replaced on every answer (never mutated), so the recommendation is recomputed once per change. */
  requirements = $state.raw<Requirements>({});
  createdAt = $state('');
  updatedAt = $state('');
  /** The current revision number. */
  revision = $state(0);

  saveState = $state<SaveState>('saved');
  savedAt = $state<Date | null>(null);
  /** The live recommendation: the engine runs here, in the renderer, on every answer. */
  recommendation = $derived(recommend(this.requirements));

  readonly autosave = new Autosave({
    save: () => this.#send(),
    onState: (state) => {
      this.saveState = state;
    },
  });

  load(detail: SavedAssessment): void {
    this.autosave.cancel();
    this.id = detail.id;
    this.clientName = detail.clientName;
    this.projectTitle = detail.projectTitle;
    this.consultant = detail.consultant;
    this.status = detail.status;
    this.notes = detail.notes;
    this.requirements = detail.requirements;
    this.createdAt = detail.createdAt;
    this.updatedAt = detail.updatedAt;
    this.revision = detail.revision;
    this.saveState = 'saved';
    this.savedAt = null;
  }

  close(): void {
    this.autosave.cancel();
    this.id = null;
  }

  setText(field: TextField, value: string): void {
    this[field] = value;
    this.autosave.changed();
  }

  setStatus(value: AssessmentStatus): void {
    this.status = value;
    this.autosave.changed();
  }

  /** Sets an answer, or clears it (undefined: unanswered, which moves no score). */
  answer(field: AnswerField, value: AnswerValue | undefined): void {
    const next: Record<string, unknown> = { ...this.requirements };
    if (value === undefined) delete next[field];
    else next[field] = value;
    this.requirements = next as Requirements;
    this.autosave.changed();
  }

  async #send(): Promise<boolean> {
    const id = this.id;
    if (id === null) return true;
    const result = await callRaw('assessments.update', {
      id,
      fields: {
        clientName: this.clientName,
        projectTitle: this.projectTitle,
        consultant: this.consultant,
        status: this.status,
        notes: this.notes,
        requirements: this.requirements,
      },
    });
    if (!result.ok) {
      reportError(result.error, { label: 'Retry', run: () => void this.autosave.flush() });
      return false;
    }
    if (this.id !== id) return true;
    const saved = result.value;
    this.updatedAt = saved.updatedAt;
    this.revision = saved.revision;
    this.savedAt = new Date();
    announce(`Saved at ${formatTime(this.savedAt)}`, 'success');
    return true;
  }
}

export const draft = new Draft();
