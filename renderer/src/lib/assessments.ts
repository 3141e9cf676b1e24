// What the user can do to whole assessments (create, duplicate, move to the trash, restore), with the status
// message each action leaves. The list and editor call these; the list state reloads itself afterwards.
import type { SavedAssessment } from '../../../shared/assessment';
import { call } from './call';
import { m, t } from './i18n.svelte';
import { announce } from './status.svelte';

export function displayName(row: { clientName: string; projectTitle: string }): string {
  const client = row.clientName.trim() || t(m.ui_assessments_untitled_client);
  return row.projectTitle.trim() === '' ? client : `${client} — ${row.projectTitle.trim()}`;
}

export function createAssessment(consultant: string): Promise<SavedAssessment | undefined> {
  return call('assessments.create', { fields: consultant.trim() === '' ? {} : { consultant } });
}

export async function duplicateAssessment(row: { id: string; clientName: string; projectTitle: string }): Promise<SavedAssessment | undefined> {
  const copy = await call('assessments.duplicate', { id: row.id });
  if (copy !== undefined) announce(t(m.ui_assessments_duplicated, { name: displayName(row) }), 'success');
  return copy;
}

export async function restoreAssessment(row: { id: string; clientName: string; projectTitle: string }, after: () => void): Promise<boolean> {
  const done = await call('assessments.restore', { id: row.id });
  if (done === undefined) return false;
  announce(t(m.ui_assessments_restored, { name: displayName(row) }), 'success');
  after();
  return true;
}

/** Moves to the trash, offering Undo in the status line. */
export async function deleteAssessment(row: { id: string; clientName: string; projectTitle: string }, after: () => void): Promise<boolean> {
  const done = await call('assessments.delete', { id: row.id });
  if (done === undefined) return false;
  announce(t(m.ui_assessments_moved_to_trash, { name: displayName(row) }), 'info', {
    label: t(m.ui_assessments_undo),
    run: () => void restoreAssessment(row, after),
  });
  after();
  return true;
}
