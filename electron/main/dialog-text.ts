// The main process's own dialogs in the app's language: the offer to restore a backup, the refusal to start, the
// services stopping, a warning, the file dialogs' filters. Plain functions of the language (no Electron), so a test
// reads every one; index.ts and file-actions.ts only show them. English keeps the sentences it always had.
import { basename } from 'node:path';

import { DatabaseRefusedError, type RefusalReason } from '../../db';
import { AppError, type ErrorReason } from '../../shared/errors';
import type { UiLanguage } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';
import type { Warning } from '../../shared/warnings';
import { SERVICES_STOPPED } from '../api/service-host';
import { warningText } from './warning-text';

type At = { locale: UiLanguage };

const REFUSALS: Record<RefusalReason, (file: string, at: At) => string> = {
  'not-sqlite': (file, at) => m.ui_dialog_database_not_scopewise({ file }, at),
  'not-scopewise': (file, at) => m.ui_dialog_database_not_scopewise({ file }, at),
  truncated: (file, at) => m.ui_dialog_database_damaged({ file }, at),
  corrupt: (file, at) => m.ui_dialog_database_damaged({ file }, at),
  newer: (file, at) => m.ui_dialog_database_newer({ file }, at),
  unreadable: (file, at) => m.ui_dialog_database_unreadable({ file }, at),
};

/** The failures at start a German dialog says in its own words (the window's sentences for them). */
const STARTUP_REASONS: Partial<Record<ErrorReason, (at: At) => string>> = {
  database_in_use: (at) => m.ui_error_database_in_use({}, at),
  read_only: (at) => m.ui_error_read_only({}, at),
  permission_denied: (at) => m.ui_error_permission_denied({}, at),
  disk_full: (at) => m.ui_error_disk_full({}, at),
  folder_missing: (at) => m.ui_error_folder_missing({}, at),
};

/**
 * Why the database cannot be used, for a dialog: a refused file, a file held by another program and a known storage
 * cause in the app's language; in English, and for any other failure, the error's own sentence.
 */
export function databaseProblem(error: unknown, language: UiLanguage): string {
  const at = { locale: language };
  const message = error instanceof Error ? error.message : String(error);
  if (language === 'en') return message;
  if (error instanceof DatabaseRefusedError) return REFUSALS[error.reason](basename(error.path), at);
  if (error instanceof AppError && error.why !== undefined) return STARTUP_REASONS[error.why]?.(at) ?? message;
  return message;
}

export interface MessageBoxText {
  message: string;
  detail?: string;
  buttons?: string[];
}

/** The offer to restore `backup` after `problem` (see databaseProblem): Restore first, Quit second. */
export function recoveryPrompt(problem: string, backup: string, language: UiLanguage): MessageBoxText & { buttons: [string, string] } {
  const at = { locale: language };
  return {
    message: m.ui_dialog_cannot_open_database({}, at),
    detail: `${problem}\n\n${m.ui_dialog_restore_question({ backup: basename(backup) }, at)}`,
    buttons: [m.ui_dialog_restore_backup({}, at), m.ui_dialog_quit({}, at)],
  };
}

/** The title of the box saying the app cannot start. */
export function cannotOpenTitle(language: UiLanguage): string {
  return m.ui_dialog_cannot_open_database({}, { locale: language });
}

/** The box shown when the services' worker stopped on its own: its title and sentence. */
export function stoppedBox(reason: Error, language: UiLanguage): { title: string; text: string } {
  const at = { locale: language };
  const text = reason.message === SERVICES_STOPPED ? m.ui_dialog_services_stopped({}, at) : reason.message;
  return { title: m.ui_dialog_stopped({}, at), text };
}

/**
 * A warning from the services (a daily backup that could not be made, a shutdown that left work for the next start):
 * in English the services' sentence itself, as it always was; in another language a heading in it and, as the
 * detail, the warning worded from its key (warning-text.ts). A warning without a key keeps the sentence as the detail.
 */
export function warningBox(message: string, language: UiLanguage, warning?: Warning): MessageBoxText {
  if (language === 'en') return { message };
  return { message: m.ui_dialog_warning({}, { locale: language }), detail: warning === undefined ? message : warningText(warning, language) };
}

export type FileKind = 'pdf' | 'bundle' | 'logo';

/** The file dialogs' filter for a kind of file, named in the app's language. */
export function fileFilters(kind: FileKind, language: UiLanguage): { name: string; extensions: string[] }[] {
  const at = { locale: language };
  if (kind === 'pdf') return [{ name: m.ui_dialog_filter_pdf({}, at), extensions: ['pdf'] }];
  if (kind === 'bundle') return [{ name: m.ui_dialog_filter_bundle({}, at), extensions: ['json'] }];
  return [{ name: m.ui_dialog_filter_logo({}, at), extensions: ['png', 'jpg', 'jpeg'] }];
}
