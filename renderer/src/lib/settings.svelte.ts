// Settings as the Settings screen edits them: the branding (autosaved like an assessment), the proposal settings
// (saved on each change), the data folder, backups.
import type { BackupInfo } from '../../../shared/api/types';
import { type Branding, brandingSchema, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from '../../../shared/branding';
import { DEFAULT_RATE_CARD, type RateCard } from '../../../shared/scope/schema';
import { Autosave, type SaveState } from './autosave';
import { call, callRaw } from './call';
import { announce, reportError } from './status.svelte';

const partialBranding = brandingSchema.partial();

class SettingsState {
  branding = $state<Branding>({ ...DEFAULT_BRANDING });
  /** The rate card as saved; RateCardForm edits a copy and saves it whole (settings.update checks it). */
  rateCard = $state.raw<RateCard>(DEFAULT_RATE_CARD);
  proposal = $state<ProposalSettings>({ ...DEFAULT_PROPOSAL_SETTINGS });
  dataFolder = $state('');
  databasePath = $state('');
  loaded = $state(false);
  saveState = $state<SaveState>('saved');
  backups = $state.raw<BackupInfo[]>([]);

  readonly autosave = new Autosave({
    save: () => this.#send(),
    onState: (state) => {
      this.saveState = state;
    },
  });

  async load(): Promise<void> {
    const value = await call('settings.get', {});
    if (value === undefined) return;
    this.proposal = value.proposal;
    // Keep what the user typed and has not saved yet.
    if (this.autosave.dirty) return;
    this.branding = value.branding;
    this.rateCard = value.rateCard;
    this.dataFolder = value.dataFolder;
    this.databasePath = value.databasePath;
    this.loaded = true;
  }

  /** Fields changed since the last save: only these are sent, so a logo is not re-sent with every keystroke. */
  #changed = new Set<keyof Branding>();

  change<K extends keyof Branding>(field: K, value: Branding[K]): void {
    this.branding[field] = value;
    this.#changed.add(field);
    this.autosave.changed();
  }

  async #send(): Promise<boolean> {
    const fields = [...this.#changed];
    this.#changed.clear();
    const current = $state.snapshot(this.branding);
    const branding = Object.fromEntries(fields.map((field) => [field, current[field]])) as Partial<Branding>;
    const keep = (): void => fields.forEach((field) => this.#changed.add(field));
    const checked = partialBranding.safeParse(branding);
    if (!checked.success) {
      keep();
      const issue = checked.error.issues[0];
      const field = String(issue?.path[0] ?? 'branding');
      reportError({ message: `Not saved yet: ${BRANDING_LABELS[field] ?? field} ${describeIssue(issue?.code)}`, field });
      return false;
    }
    const result = await callRaw('settings.update', { branding });
    if (!result.ok) {
      keep();
      reportError(result.error, { label: 'Retry', run: () => void this.autosave.flush() });
      return false;
    }
    announce('Settings saved', 'success');
    return true;
  }

  /** Saves one proposal setting at once; the server checks it and a refusal names the field. Returns whether it was saved. */
  async changeProposal<K extends keyof ProposalSettings>(field: K, value: ProposalSettings[K]): Promise<boolean> {
    const result = await callRaw('settings.update', { proposal: { [field]: value } });
    if (!result.ok) {
      reportError(result.error);
      return false;
    }
    this.proposal = result.value.proposal;
    if (field !== 'brandingConfirmed') announce('Settings saved', 'success');
    return true;
  }

  async loadBackups(): Promise<void> {
    const value = await call('backups.list', {});
    if (value !== undefined) this.backups = value;
  }
}

export const BRANDING_LABELS: Record<string, string> = {
  companyName: 'Company name',
  consultantName: 'Consultant name',
  email: 'Email',
  website: 'Website',
  phone: 'Phone',
  address: 'Address',
  primaryColour: 'Primary colour',
  accentColour: 'Accent colour',
  logo: 'Logo',
  team: 'Team',
  references: 'References',
};

function describeIssue(code: string | undefined): string {
  if (code === 'too_small') return 'cannot be empty.';
  if (code === 'too_big') return 'is too long.';
  return 'is not valid.';
}

export const settings = new SettingsState();
