// The one status line the whole UI speaks through (a role="status" live region): saves, exports, errors.
// Holds text and an optional follow-up action; it never calls the API itself.

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

export function reportError(error: { message: string; field?: string }, action: StatusAction | null = null): void {
  announce(error.message, 'error', action);
}
