// The one status line the whole UI speaks through (a role="status" live region): saves, exports, errors.
// Holds text and an optional follow-up action; it never calls the API itself.
import { errorText, type ShownError } from './error-text';
import { uiLanguage } from './i18n.svelte';

export type StatusTone = 'info' | 'success' | 'error';

export interface StatusAction {
  label: string;
  run: () => void;
}

class StatusLine {
  message = $state('');
  tone = $state<StatusTone>('info');
  action = $state.raw<StatusAction | null>(null);
}

export const status = new StatusLine();

export function announce(message: string, tone: StatusTone = 'info', action: StatusAction | null = null): void {
  status.message = message;
  status.tone = tone;
  status.action = action;
}

/** An error in the app's language: one the API answered (it has a code) is worded by the window (./error-text.ts). */
export function reportError(error: ShownError, action: StatusAction | null = null): void {
  announce(errorText(error, uiLanguage.current), 'error', action);
}
