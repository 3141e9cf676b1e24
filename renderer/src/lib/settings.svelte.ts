// Settings as the Settings screen edits them: the branding (autosaved like an assessment), the proposal settings
// (saved on each change), the app's language (applied at once), the data folder, backups.
import type { BackupInfo } from '../../../shared/api/types';
import { type Branding, brandingSchema, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from '../../../shared/branding';
import type { UiLanguage } from '../../../shared/i18n/language';
import { DEFAULT_RATE_CARD, type RateCard } from '../../../shared/scope/schema';
import { Autosave, type SaveState } from './autosave';
import { call, callRaw } from './call';
import { BRANDING_LABELS } from './error-text';
import { applyUiLanguage, m, t } from './i18n.svelte';
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
  /** The app's language as chosen in Settings; null until chosen (the app then follows the system's language). */
  uiLanguage = $state<UiLanguage | null>(null);

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
    this.uiLanguage = value.uiLanguage;
    if (value.uiLanguage !== null) applyUiLanguage(value.uiLanguage);
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
      reportError({ message: describeIssue(BRANDING_LABELS[field] === undefined ? field : t(BRANDING_LABELS[field]), issue?.code), field });
      return false;
    }
    const result = await callRaw('settings.update', { branding });
    if (!result.ok) {
      keep();
      reportError(result.error, { label: t(m.ui_settings_retry), run: () => void this.autosave.flush() });
      return false;
    }
    announce(t(m.ui_settings_saved), 'success');
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
    if (field !== 'brandingConfirmed') announce(t(m.ui_settings_saved), 'success');
    return true;
  }

  /** Switches the app's language at once and keeps the choice; a refusal leaves the screens as they were. */
  async changeUiLanguage(language: UiLanguage): Promise<boolean> {
    const result = await callRaw('settings.update', { uiLanguage: language });
    if (!result.ok) {
      reportError(result.error);
      return false;
    }
    this.uiLanguage = result.value.uiLanguage;
    // A rate card not yet saved names its roles in the app's language: the answer carries it so.
    this.rateCard = result.value.rateCard;
    applyUiLanguage(language);
    announce(t(m.ui_settings_saved), 'success');
    return true;
  }

  async loadBackups(): Promise<void> {
    const value = await call('backups.list', {});
    if (value !== undefined) this.backups = value;
  }
}

function describeIssue(field: string, code: string | undefined): string {
  if (code === 'too_small') return t(m.ui_settings_field_empty, { field });
  if (code === 'too_big') return t(m.ui_settings_field_too_long, { field });
  return t(m.ui_settings_field_not_valid, { field });
}

export const settings = new SettingsState();
