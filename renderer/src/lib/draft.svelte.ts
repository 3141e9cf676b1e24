// The assessment open in the editor: its fields as the user types them, the live recommendation derived from
// them, and autosave. Typed text is never dropped: a failed save keeps it here and retries on the next change.
import { type AssessmentStatus, type Deal, isContactEmail, type SavedAssessment } from '../../../shared/assessment';
import { type AnswerField, type ContextField, type EstimateField, type Feature, recommend, type Requirements } from '../../../shared/engine';
import { AppError, parseInput } from '../../../shared/errors';
import { DEFAULT_LANGUAGE, type ProposalLanguage } from '../../../shared/i18n/language';
import { estimateScope } from '../../../shared/scope/estimate';
import { scopeProblem } from '../../../shared/scope/problem';
import { type Scope, scopeSchema } from '../../../shared/scope/schema';
import { coneStage } from '../../../shared/scope/simulation';
import { Autosave, type SaveState } from './autosave';
import { callRaw } from './call';
import { errorText } from './error-text';
import { formatTime } from './format';
import { History } from './history';
import { m, t, uiLanguage } from './i18n.svelte';
import { announce, reportError, status } from './status.svelte';

export type TextField = 'clientName' | 'clientContactName' | 'clientContactRole' | 'clientContactEmail' | 'projectTitle' | 'consultant' | 'notes';

/** This tab's note of an untouched new assessment it discarded as its page closed, for the next page to finish. */
const CLOSING_DISCARD_KEY = 'scopewise.closing-discard';
export type AnswerValue = string | number | boolean;

/** What undo and redo step through: everything the user edits in the draft, as immutable values. */
interface DraftState {
  clientName: string;
  clientContactName: string;
  clientContactRole: string;
  clientContactEmail: string;
  projectTitle: string;
  consultant: string;
  status: AssessmentStatus;
  notes: string;
  requirements: Requirements;
  scope: Scope | null;
  proposalLanguage: ProposalLanguage;
}

class Draft {
  id = $state<string | null>(null);
  clientName = $state('');
  /** The client's contact person, role and e-mail as typed ('' for none); an e-mail that is not one is held back. */
  clientContactName = $state('');
  clientContactRole = $state('');
  clientContactEmail = $state('');
  projectTitle = $state('');
  consultant = $state('');
  status = $state<AssessmentStatus>('draft');
  /** The language the proposal is written in (the app's own language is apart from it); English when none was chosen. */
  proposalLanguage = $state<ProposalLanguage>(DEFAULT_LANGUAGE);
  /** The deal's record (sent, accepted, declined); changed only by a status change, never sent with an edit. */
  deal = $state<Deal | null>(null);
  notes = $state('');
  /** Replaced on every answer (never mutated), so the recommendation is recomputed once per change. */
  requirements = $state.raw<Requirements>({});
  createdAt = $state('');
  updatedAt = $state('');
  /** The current revision number. */
  revision = $state(0);

  saveState = $state<SaveState>('saved');
  savedAt = $state<Date | null>(null);
  /** The scope (work items, rates, percentages), replaced on every edit like the requirements; null: none yet. */
  scope = $state.raw<Scope | null>(null);
  /** The scope as last saved, so an unchanged scope is not sent with every keystroke of the notes. */
  #savedScope: Scope | null = null;

  /** The consultancy's record (actual ÷ estimated days of delivered projects), fetched by the Scope view; calibrates the range. */
  ratios = $state.raw<readonly number[]>([]);
  /** The live recommendation: the engine runs here, in the renderer, on every answer, in the consultant's language. */
  recommendation = $derived(recommend(this.requirements, uiLanguage.current));
  /** The live estimate for the recommended framework and the team size answered, as `estimate --json` prints it. */
  estimate = $derived(
    this.scope === null
      ? null
      : estimateScope(this.scope, {
          framework: this.recommendation.recommended,
          ...this.#teamSize(),
          percentiles: { stage: coneStage(this.requirements), ratios: this.ratios },
        }),
  );

  #teamSize(): { teamSize?: number } {
    const size = this.requirements.teamSize;
    return typeof size === 'number' ? { teamSize: size } : {};
  }

  /** Undo/redo of answers, texts and scope edits (the scope view's grid edits go through setScope). */
  readonly history = new History<DraftState>();
  /** Bumped on undo/redo so views holding their own copy of a value (a number being typed) can reset it. */
  restored = $state(0);
  /** A new assessment nobody has changed yet: discarded when left (App.svelte), never once anything is typed. */
  untouched = $state(false);

  #state(): DraftState {
    return {
      clientName: this.clientName,
      clientContactName: this.clientContactName,
      clientContactRole: this.clientContactRole,
      clientContactEmail: this.clientContactEmail,
      projectTitle: this.projectTitle,
      consultant: this.consultant,
      status: this.status,
      notes: this.notes,
      requirements: this.requirements,
      scope: this.scope,
      proposalLanguage: this.proposalLanguage,
    };
  }

  #apply(state: DraftState): void {
    this.clientName = state.clientName;
    this.clientContactName = state.clientContactName;
    this.clientContactRole = state.clientContactRole;
    this.clientContactEmail = state.clientContactEmail;
    this.projectTitle = state.projectTitle;
    this.consultant = state.consultant;
    this.status = state.status;
    this.notes = state.notes;
    this.requirements = state.requirements;
    this.scope = state.scope;
    this.proposalLanguage = state.proposalLanguage;
    this.restored++;
    this.autosave.changed();
  }

  /** Before every edit: remember the state it replaces, and the draft is no longer untouched. */
  #remember(key: string): void {
    this.history.record(this.#state(), key);
    this.untouched = false;
  }

  #discarding: Promise<unknown> = Promise.resolve();
  /** Ids this page discarded: opening one of them again (a reload of its address) quietly shows the list. */
  readonly #discarded = new Set<string>();

  /**
   * Leaving the editor: an assessment that was created and never changed is deleted for good (the API checks again
   * that nothing was saved in it), so "New assessment" leaves no empty records behind; anything else is saved.
   */
  leave(id: string): void {
    if (this.id !== id) return;
    if (this.untouched) {
      this.autosave.cancel();
      this.untouched = false;
      this.id = null;
      this.#discard(id);
      return;
    }
    void this.autosave.flush();
  }

  /** Asks the API to delete the assessment if nothing was ever saved in it; settle() waits for the answer. */
  #discard(id: string): void {
    this.#discarded.add(id);
    this.#discarding = callRaw('assessments.discardIfUntouched', { id });
  }

  /**
   * The page is closing (reload, tab or window closed): an untouched new assessment is discarded at once, by a request
   * that outlives the page (keepalive over HTTP, a message already sent over IPC), and noted for this tab's next page,
   * which sends the same discard again and waits for it before it lists or opens anything (resumeClosingDiscard), so
   * the order the two pages' requests arrive in does not matter. A crash sends nothing: the next start sweeps it
   * (db/untouched.ts). Anything typed is saved instead (App.svelte flushes on close).
   */
  discardOnClose(): void {
    if (!this.untouched || this.id === null) return;
    const id = this.id;
    try {
      sessionStorage.setItem(CLOSING_DISCARD_KEY, id);
    } catch {
      // No session storage (a private window): the keepalive request and the start-up sweep still discard it.
    }
    this.leave(id);
  }

  /** At page load, before anything is listed or opened: finishes the discard the previous page sent as it closed. */
  resumeClosingDiscard(): void {
    let id: string | null = null;
    try {
      id = sessionStorage.getItem(CLOSING_DISCARD_KEY);
      sessionStorage.removeItem(CLOSING_DISCARD_KEY);
    } catch {
      return;
    }
    if (id === null) return;
    this.#discard(id);
  }

  wasDiscarded(id: string): boolean {
    return this.#discarded.has(id);
  }

  /** Resolves once pending saves and discards are done (a list shown next must not list a discarded record). */
  async settle(): Promise<void> {
    await this.autosave.flush();
    await this.#discarding;
  }

  /** Returns whether there was anything to undo. */
  undo(): boolean {
    const previous = this.history.undo(this.#state());
    if (previous === undefined) return false;
    this.#apply(previous);
    return true;
  }

  redo(): boolean {
    const next = this.history.redo(this.#state());
    if (next === undefined) return false;
    this.#apply(next);
    return true;
  }

  readonly autosave = new Autosave({
    save: () => this.#send(),
    onState: (state) => {
      this.saveState = state;
    },
  });

  load(detail: SavedAssessment): void {
    this.autosave.cancel();
    // The last message belongs to the assessment open before (it may name its client), unless it is an error to read.
    if (this.id !== detail.id && status.tone !== 'error') announce('');
    this.id = detail.id;
    this.clientName = detail.clientName;
    this.clientContactName = detail.clientContactName ?? '';
    this.clientContactRole = detail.clientContactRole ?? '';
    this.clientContactEmail = detail.clientContactEmail ?? '';
    this.projectTitle = detail.projectTitle;
    this.consultant = detail.consultant;
    this.status = detail.status;
    this.deal = detail.deal ?? null;
    this.notes = detail.notes;
    this.requirements = detail.requirements;
    this.createdAt = detail.createdAt;
    this.updatedAt = detail.updatedAt;
    this.revision = detail.revision;
    this.scope = detail.scope ?? null;
    this.proposalLanguage = detail.proposalLanguage ?? DEFAULT_LANGUAGE;
    this.#savedScope = this.scope;
    this.saveState = 'saved';
    this.savedAt = null;
    this.history.clear();
    this.untouched = false;
  }

  close(): void {
    this.autosave.cancel();
    this.id = null;
  }

  setText(field: TextField, value: string): void {
    this.#remember(`text:${field}`);
    this[field] = value;
    this.autosave.changed();
  }

  setProposalLanguage(value: ProposalLanguage): void {
    this.#remember('proposalLanguage');
    this.proposalLanguage = value;
    this.autosave.changed();
  }

  setStatus(value: AssessmentStatus): void {
    this.#remember('status');
    this.status = value;
    this.autosave.changed();
  }

  /** Sets an answer, or clears it (undefined: unanswered, which moves no score). */
  answer(field: AnswerField | ContextField | EstimateField, value: AnswerValue | string[] | Feature[] | undefined): void {
    // Changes to one question in quick succession (a number being typed) join one step.
    this.#remember(`answer:${field}`);
    const next: Record<string, unknown> = { ...this.requirements };
    if (value === undefined) delete next[field];
    else next[field] = value;
    this.requirements = next;
    this.autosave.changed();
  }

  /**
   * Replaces the scope (from the grid, a fresh draft, or re-copied rates) and saves it like any other change. `step`
   * names the edit for undo: edits with the same step in quick succession (typing one cell) are one step; the grid
   * gives each added or removed row a step of its own.
   */
  setScope(next: Scope | null, step = 'scope'): void {
    this.#remember(step === 'scope' ? step : `scope:${step}`);
    this.scope = next;
    this.autosave.changed();
  }

  /** A status change already stored by the API (deals.setStatus): shown as it is, nothing left to send. */
  adoptStatus(detail: SavedAssessment): void {
    if (this.id !== detail.id) return;
    this.status = detail.status;
    this.deal = detail.deal ?? null;
    this.updatedAt = detail.updatedAt;
    this.revision = detail.revision;
  }

  /** A scope already stored by the API (drafted, rates updated): shown as it is, nothing left to send. */
  adoptSaved(detail: SavedAssessment): void {
    if (this.id !== detail.id) return;
    // A drafted or re-rated scope is an edit like any other: undo brings back the scope before it (a step of its own,
    // never joined with the grid edits that follow it).
    this.#remember(`scope-adopted:${Date.now()}`);
    this.scope = detail.scope ?? null;
    this.#savedScope = this.scope;
    this.updatedAt = detail.updatedAt;
    this.revision = detail.revision;
  }

  /** The scope to send with this save: undefined when unchanged, or while the grid holds a value it would refuse. */
  #scopeToSend(): { scope?: Scope | null; problem?: string } {
    const scope = this.scope;
    if (scope === this.#savedScope) return {};
    if (scope === null) return { scope: null };
    // Named as the grid shows it (the item's title, the column's heading), not as a schema path.
    const problem = scopeProblem(scope, uiLanguage.current);
    if (problem !== null) return { problem };
    try {
      return { scope: parseInput(scopeSchema, scope, 'scope') };
    } catch (error) {
      return { problem: error instanceof AppError ? errorText(error, uiLanguage.current) : t(m.ui_draft_scope_not_valid) };
    }
  }

  async #send(): Promise<boolean> {
    const id = this.id;
    if (id === null) return true;
    const scope = this.scope;
    const { problem, ...scopeField } = this.#scopeToSend();
    // Every field as it stands; the scope only as #scopeToSend allows (a scope with a problem is not sent), the
    // contact's e-mail only once it is an address (the field is flagged until then).
    const { scope: _drafted, clientContactEmail, ...fields } = this.#state();
    const email = clientContactEmail.trim();
    const emailField = isContactEmail(email) ? { clientContactEmail: email } : {};
    const result = await callRaw('assessments.update', { id, fields: { ...fields, ...emailField, ...scopeField } });
    if (!result.ok) {
      reportError(result.error, { label: t(m.ui_draft_retry), run: () => void this.autosave.flush() });
      return false;
    }
    if (this.id !== id) return true;
    if ('scope' in scopeField) this.#savedScope = scope;
    if (!('clientContactEmail' in emailField)) {
      reportError({ message: t(m.ui_draft_contact_email_not_saved), field: 'clientContactEmail' });
      return false;
    }
    if (problem !== undefined) {
      // The rest is saved; the scope waits until the grid holds something valid (its next edit saves it).
      reportError({ message: t(m.ui_draft_scope_not_saved_yet, { problem }), field: 'scope' });
      return false;
    }
    const saved = result.value;
    this.updatedAt = saved.updatedAt;
    this.revision = saved.revision;
    this.savedAt = new Date();
    // A message offering an action (Undo after a removed row) stays until used: the save indicator shows the save.
    if (status.action === null || status.tone === 'error') announce(t(m.ui_draft_saved_at, { time: formatTime(this.savedAt) }), 'success');
    return true;
  }
}

export const draft = new Draft();
