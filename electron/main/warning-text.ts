// A services' warning (shared/warnings.ts) in the app's language, built from its key and params, never from the
// English sentence beside it. A file is named by its last part, as the other dialogs name it (dialog-text.ts).
import { basename } from 'node:path';

import type { UiLanguage } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';
import type { Warning, WarningParams, WarningReason } from '../../shared/warnings';

type At = { locale: UiLanguage };

const text = (params: WarningParams, name: string): string => String(params[name] ?? '');
const file = (params: WarningParams, name = 'file'): string => basename(text(params, name));

/** The known causes of a failure (shared/warnings.ts causeParams) in a sentence of their own. */
const CAUSES: Record<string, (params: WarningParams, at: At) => string> = {
  disk_full: (_, at) => m.ui_warning_cause_disk_full({}, at),
  read_only: (_, at) => m.ui_warning_cause_read_only({}, at),
  database_busy: (_, at) => m.ui_warning_cause_database_busy({}, at),
  permission_denied: (_, at) => m.ui_warning_cause_permission_denied({}, at),
  folder_missing: (_, at) => m.ui_warning_cause_folder_missing({}, at),
  path_is_folder: (_, at) => m.ui_warning_cause_path_is_folder({}, at),
  backup_failed_check: (p, at) =>
    p.live === 'damaged'
      ? m.ui_error_backup_failed_check_damaged({ kept: text(p, 'kept') }, at)
      : m.ui_error_backup_failed_check_sound({ kept: text(p, 'kept') }, at),
};

/** Why it failed, as a sentence to add: the known cause in words, else the raw code as a detail, else nothing. */
function causeOf(params: WarningParams, at: At): string {
  const cause = params.cause === undefined ? undefined : CAUSES[String(params.cause)];
  if (cause !== undefined) return ` ${cause(params, at)}`;
  return params.code === undefined ? '' : ` ${m.ui_warning_cause_details({ code: text(params, 'code') }, at)}`;
}

function restoreFinished(p: WarningParams, at: At): string {
  const finished = m.ui_warning_restore_finished({ file: file(p), backup: file(p, 'backup') }, at);
  return p.setAside === undefined ? finished : `${finished} ${m.ui_warning_restore_kept({ setAside: file(p, 'setAside') }, at)}`;
}

function backupsInFuture(p: WarningParams, at: At): string {
  const count = Number(p.count);
  const example = file(p, 'example');
  return new Intl.PluralRules(at.locale).select(count) === 'one'
    ? m.ui_warning_backups_in_future_one({ example }, at)
    : m.ui_warning_backups_in_future_other({ count, example }, at);
}

const WORDS: Record<WarningReason, (params: WarningParams, at: At) => string> = {
  restore_remains_removed: (p, at) => m.ui_warning_restore_remains_removed({ file: file(p), leftover: file(p, 'leftover') }, at),
  restore_finished: restoreFinished,
  restore_undone: (p, at) =>
    p.backup === undefined
      ? m.ui_warning_restore_undone({ file: file(p) }, at)
      : m.ui_warning_restore_undone_from({ file: file(p), backup: file(p, 'backup') }, at),
  wal_unavailable: (p, at) => m.ui_warning_wal_unavailable({ file: file(p), mode: text(p, 'mode') }, at),
  database_read_only: (p, at) => m.ui_warning_database_read_only({ file: file(p) }, at),
  network_file_system: (p, at) => m.ui_warning_network_file_system({ file: file(p), filesystem: text(p, 'filesystem') }, at),
  search_index_at_shutdown: (p, at) => m.ui_warning_search_index_at_shutdown({ file: file(p) }, at) + causeOf(p, at),
  wal_at_shutdown: (p, at) => m.ui_warning_wal_at_shutdown({ file: file(p), wal: `${file(p)}-wal` }, at) + causeOf(p, at),
  close_failed: (p, at) => m.ui_warning_close_failed({ file: file(p) }, at) + causeOf(p, at),
  backup_not_made: (p, at) => m.ui_warning_backup_not_made({}, at) + causeOf(p, at),
  backups_in_future: backupsInFuture,
  trash_not_emptied: (p, at) => m.ui_warning_trash_not_emptied({}, at) + causeOf(p, at),
  empty_assessments_kept: (p, at) => m.ui_warning_empty_assessments_kept({}, at) + causeOf(p, at),
  proposals_not_expired: (p, at) => m.ui_warning_proposals_not_expired({}, at) + causeOf(p, at),
};

/** The warning in `language`, in a sentence or two. */
export function warningText(warning: Warning, language: UiLanguage): string {
  return WORDS[warning.why](warning.params, { locale: language });
}
