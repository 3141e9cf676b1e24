// An API error in the app's language: the window words it from its stable parts (`code`, `why`, `params`, `field`,
// shared/errors.ts), since the handlers answer in English for the CLI and the logs. English keeps the server's own
// sentence, which names more; another language says the same from the reason, or, for an error without one, says
// what kind of failure it was with the server's sentence as its detail. Pure: it shows nothing itself.
import type { ErrorReason } from '../../../shared/errors';
import type { UiLanguage } from '../../../shared/i18n/language';
import { m, type UiText } from './i18n.svelte';

/** An error as the transports deliver it: the contract's shape, its code and reason as plain text. */
export interface ShownError {
  code?: string;
  message: string;
  field?: string;
  why?: string;
  params?: Record<string, string>;
}

type At = { locale: UiLanguage };
type Worded = (params: Record<string, string>, at: At) => string;

/** The Settings form's label for each branding field (also used by settings.svelte.ts for the form's own checks). */
export const BRANDING_LABELS: Record<string, UiText> = {
  companyName: m.ui_settings_company_name,
  consultantName: m.ui_settings_consultant_name,
  email: m.ui_settings_email,
  website: m.ui_settings_website,
  phone: m.ui_settings_phone,
  address: m.ui_settings_address,
  primaryColour: m.ui_settings_primary_colour,
  accentColour: m.ui_settings_accent_colour,
  logo: m.ui_settings_logo,
  team: m.ui_settings_team,
  references: m.ui_settings_references,
};

/** The window's label for a field an error names, by the last name in its path (`fields.clientName` → Client name). */
const FIELD_LABELS: Record<string, UiText> = {
  clientName: m.ui_client_fields_client_name,
  projectTitle: m.ui_client_fields_project_title,
  consultant: m.ui_client_fields_consultant,
  status: m.ui_client_fields_status,
  proposalLanguage: m.ui_client_fields_proposal_language,
  clientContactName: m.ui_client_fields_contact_person,
  clientContactRole: m.ui_client_fields_contact_role,
  clientContactEmail: m.ui_client_fields_contact_e_mail,
  notes: m.ui_notes_field_internal_notes,
  ...BRANDING_LABELS,
  uiLanguage: m.ui_language_settings_label,
  scope: m.ui_editor_header_scope_estimate,
  currency: m.ui_rate_card_form_currency,
  pmPercent: m.ui_rate_card_form_pm_percent,
  qaPercent: m.ui_rate_card_form_qa_percent,
  contingencyPercent: m.ui_rate_card_form_contingency_percent,
  validityDays: m.ui_rate_card_form_valid_for_days,
};

/** Reasons worded from their params alone (the field's reasons are below). */
const REASONS: Partial<Record<ErrorReason, Worded>> = {
  assessment_not_found: (_, at) => m.ui_error_assessment_not_found({}, at),
  revision_not_found: (p, at) => m.ui_error_revision_not_found({ number: p.number ?? '' }, at),
  backup_not_found: (p, at) => m.ui_error_backup_not_found({ name: p.name ?? '' }, at),
  file_moved: (_, at) => m.ui_error_file_moved({}, at),
  scope_missing: (_, at) => m.ui_error_scope_missing({}, at),
  in_trash: (_, at) => m.ui_error_in_trash({}, at),
  not_in_trash: (_, at) => m.ui_error_not_in_trash({}, at),
  scope_exists: (_, at) => m.ui_error_scope_exists({}, at),
  database_in_use: (_, at) => m.ui_error_database_in_use({}, at),
  saving_stopped: (_, at) => m.ui_error_saving_stopped({}, at),
  number_taken: (p, at) => m.ui_error_number_taken({ number: p.number ?? '' }, at),
  disk_full: (_, at) => m.ui_error_disk_full({}, at),
  read_only: (_, at) => m.ui_error_read_only({}, at),
  database_busy: (_, at) => m.ui_error_database_busy({}, at),
  permission_denied: (_, at) => m.ui_error_permission_denied({}, at),
  folder_missing: (_, at) => m.ui_error_folder_missing({}, at),
  path_is_folder: (_, at) => m.ui_error_path_is_folder({}, at),
  bundle_not_json: (_, at) => m.ui_error_bundle_not_json({}, at),
  bundle_newer: (p, at) => m.ui_error_bundle_newer({ version: p.version ?? '' }, at),
  bundle_too_many: (p, at) => m.ui_error_bundle_too_many({ limit: p.limit ?? '' }, at),
  backup_failed_check: (p, at) =>
    p.live === 'damaged'
      ? m.ui_error_backup_failed_check_damaged({ kept: p.kept ?? '' }, at)
      : m.ui_error_backup_failed_check_sound({ kept: p.kept ?? '' }, at),
  cancelled: (_, at) => m.ui_error_cancelled({}, at),
  team_unreachable: (p, at) => m.ui_error_team_unreachable({ server: p.server ?? '' }, at),
  team_password_refused: (p, at) => m.ui_error_team_password_refused({ server: p.server ?? '' }, at),
  team_no_password: (p, at) => m.ui_error_team_no_password({ server: p.server ?? '' }, at),
  team_connection_lost: (p, at) => m.ui_error_team_connection_lost({ server: p.server ?? '' }, at),
  team_not_set_up: (p, at) => m.ui_error_team_not_set_up({ server: p.server ?? '' }, at),
  team_certificate_refused: (p, at) => m.ui_error_team_certificate_refused({ server: p.server ?? '' }, at),
  team_no_rights: (p, at) => m.ui_error_team_no_rights({ server: p.server ?? '' }, at),
  team_no_keychain: (_, at) => m.ui_error_team_no_keychain({}, at),
  team_not_configured: (_, at) => m.ui_error_team_not_configured({}, at),
  team_schema_newer: (p, at) => m.ui_error_team_schema_newer({ server: p.server ?? '' }, at),
  team_schema_older: (p, at) => m.ui_error_team_schema_older({ server: p.server ?? '' }, at),
  shutting_down: (_, at) => m.ui_error_shutting_down({}, at),
};

/** What kind of failure an error without a reason was, its English sentence as the detail. */
const CODES: Record<string, (detail: string, at: At) => string> = {
  invalid_input: (detail, at) => m.ui_error_invalid_input({ detail }, at),
  not_found: (detail, at) => m.ui_error_not_found({ detail }, at),
  conflict: (detail, at) => m.ui_error_conflict({ detail }, at),
  io: (detail, at) => m.ui_error_io({ detail }, at),
  unsupported: (detail, at) => m.ui_error_unsupported({ detail }, at),
  forbidden: (detail, at) => m.ui_error_forbidden({ detail }, at),
  unauthorized: (detail, at) => m.ui_error_unauthorized({ detail }, at),
  unavailable: (detail, at) => m.ui_error_unavailable({ detail }, at),
};

/** The field an error names, as the window labels it; a field the window has no label for keeps its path, quoted. */
function fieldLabel(field: string | undefined, language: UiLanguage): string {
  if (field === undefined || field === '') return m.ui_error_field_input({}, { locale: language });
  // A role of the rate card by its row, as the form labels it ("Name der Rolle 2").
  const rate = /(?:^|\.)rates\[(\d+)\]\.(name|dayRate)$/.exec(field);
  if (rate !== null) {
    const number = String(Number(rate[1]) + 1);
    if (rate[2] === 'name') return m.ui_rate_card_form_role_name({ number }, { locale: language });
    return m.ui_rate_card_form_day_rate_of({ name: m.ui_rate_card_form_role_number({ number }, { locale: language }) }, { locale: language });
  }
  const name = field
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  const label = FIELD_LABELS[name];
  if (label !== undefined) return label({}, { locale: language });
  return language === 'de' ? `„${field}“` : `“${field}”`;
}

/** A limit the server wrote in English digits (100,000,000) in the language's own (100.000.000). */
function number(text: string | undefined, language: UiLanguage): string {
  const plain = (text ?? '').replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? new Intl.NumberFormat(language).format(Number(plain)) : (text ?? '');
}

/** A value the server refused, worded from the zod reason and its params. */
function fieldProblem(reason: ErrorReason, error: ShownError, language: UiLanguage): string | null {
  const at = { locale: language };
  const field = fieldLabel(error.field, language);
  const params = error.params ?? {};
  const limit = number(params.limit, language);
  switch (reason) {
    case 'missing':
      return m.ui_error_field_missing({ field }, at);
    case 'unknown_field':
      return m.ui_error_field_unknown({ field }, at);
    case 'too_short':
      if (params.unit === 'items')
        return params.limit === '1' ? m.ui_error_field_needs_an_entry({ field }, at) : m.ui_error_field_too_few_entries({ field, limit }, at);
      return params.limit === '1' ? m.ui_error_field_empty({ field }, at) : m.ui_error_field_too_short({ field, limit }, at);
    case 'too_long':
      return params.unit === 'items' ? m.ui_error_field_too_many_entries({ field, limit }, at) : m.ui_error_field_too_long({ field, limit }, at);
    case 'too_small':
      return m.ui_error_field_too_small({ field, limit }, at);
    case 'too_big':
      return m.ui_error_field_too_big({ field, limit }, at);
    case 'not_one_of':
      return m.ui_error_field_not_one_of({ field, values: params.values ?? '' }, at);
    case 'wrong_type':
      if (params.expected === 'int') return m.ui_error_field_whole_number({ field }, at);
      if (params.expected === 'number') return m.ui_error_field_number({ field }, at);
      return m.ui_error_field_not_valid({ field }, at);
    case 'bad_format':
      if (params.format === 'email') return m.ui_error_field_email({ field }, at);
      if (params.format === 'date' || params.format === 'datetime') return m.ui_error_field_date({ field }, at);
      return m.ui_error_field_not_valid({ field }, at);
    case 'not_valid':
      return m.ui_error_field_not_valid({ field }, at);
    default:
      return null;
  }
}

/**
 * The team status's last sync failure in `language`: worded from its key when it has one. Without one (a failure of
 * an earlier run, stored as its English sentence, or one of no known kind) English shows it as stored and another
 * language says that the last sync failed and is tried again, not the English sentence (TeamSettings keeps that as
 * the entry's title, for whoever diagnoses it).
 */
export function teamErrorText(
  status: { lastError: string | null; lastErrorWhy?: string; lastErrorParams?: Record<string, string> },
  language: UiLanguage,
): string {
  if (status.lastError === null) return '';
  if (language === 'en') return status.lastError;
  if (status.lastErrorWhy === undefined) return m.ui_team_settings_last_sync_failed({}, { locale: language });
  return errorText(
    { code: 'io', message: status.lastError, why: status.lastErrorWhy, ...(status.lastErrorParams === undefined ? {} : { params: status.lastErrorParams }) },
    language,
  );
}

/** The sentence the window shows for an API error, in `language`. */
export function errorText(error: ShownError, language: UiLanguage): string {
  if (language === 'en' || error.code === undefined) return error.message;
  const at = { locale: language };
  const reason = error.why as ErrorReason | undefined;
  if (reason !== undefined) {
    if (reason === 'bundle_too_large') {
      const wording = error.field === 'ids' ? m.ui_error_bundle_too_large_export : m.ui_error_bundle_too_large_import;
      return wording({ limit: error.params?.limit ?? '' }, at);
    }
    const worded = REASONS[reason];
    if (worded !== undefined) return worded(error.params ?? {}, at);
    const problem = fieldProblem(reason, error, language);
    if (problem !== null) return problem;
  }
  if (error.code === 'internal') return m.ui_error_internal({}, at);
  const kind = CODES[error.code];
  return kind === undefined ? error.message : kind(error.message, at);
}
