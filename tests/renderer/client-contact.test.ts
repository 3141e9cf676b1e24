// @vitest-environment jsdom
// The client's contact person in the editor: three labelled fields beside the client's name, saved by autosave; an
// e-mail that is not an address is flagged on screen and held back while everything else is saved.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import AssessmentEditor from '../../renderer/src/components/AssessmentEditor.svelte';
import StatusBar from '../../renderer/src/components/StatusBar.svelte';
import { AUTOSAVE_DELAY_MS } from '../../renderer/src/lib/autosave';
import { draft } from '../../renderer/src/lib/draft.svelte';
import type { Requirements } from '../../shared/engine';
import { fakeAssessmentStore, useFakeApi } from './fake-api';
import { byLabel, type Mounted, one, show, type } from './mount';

const fake = fakeAssessmentStore();
useFakeApi(fake.api);

const ID = '4d0d5a8e-6f61-4b8a-9a3e-0c8f3d1e2b7a';

let editor: Mounted;
let statusBar: Mounted;

async function openEditor(requirements: Requirements): Promise<void> {
  fake.reset(requirements);
  draft.close();
  statusBar = show(StatusBar, {});
  editor = show(AssessmentEditor, { id: ID, tab: 'questions' });
  await vi.waitFor(() => one(editor.target, '[data-testid="recommended"]'));
}

afterEach(async () => {
  editor.destroy();
  statusBar.destroy();
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

const statusText = (): string => one(statusBar.target, '[role="status"]').textContent ?? '';

describe('the client contact person in the editor', () => {
  test('shows the saved contact, and typing a name, role and e-mail autosaves them', async () => {
    await openEditor({});
    expect(byLabel(editor.target, 'Contact person').value).toBe('');
    type(byLabel(editor.target, 'Contact person'), 'Somchai Wongsakul');
    type(byLabel(editor.target, 'Contact role'), 'Head of Operations');
    type(byLabel(editor.target, 'Contact e-mail'), ' somchai@siam-freight.co.th ');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(fake.state.updates.at(-1)!.fields).toMatchObject({
      clientName: 'Acme Logistics',
      clientContactName: 'Somchai Wongsakul',
      clientContactRole: 'Head of Operations',
      clientContactEmail: 'somchai@siam-freight.co.th',
    });
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved at /));

    // Reopened, the fields show what was saved.
    editor.destroy();
    statusBar.destroy();
    statusBar = show(StatusBar, {});
    draft.close();
    editor = show(AssessmentEditor, { id: ID, tab: 'questions' });
    await vi.waitFor(() => expect(byLabel(editor.target, 'Contact person').value).toBe('Somchai Wongsakul'));
    expect(byLabel(editor.target, 'Contact e-mail').value).toBe('somchai@siam-freight.co.th');
  });

  test('a malformed e-mail is flagged and never sent, the rest is saved, and a corrected one is saved', async () => {
    await openEditor({});
    const email = byLabel(editor.target, 'Contact e-mail');
    type(byLabel(editor.target, 'Contact person'), 'Jürgen Weiß');
    type(email, 'juergen@');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/name@example\.com/);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const sent = fake.state.updates.at(-1)!.fields;
    expect(sent.clientContactName).toBe('Jürgen Weiß');
    expect(sent).not.toHaveProperty('clientContactEmail');
    await vi.waitFor(() => expect(statusText()).toMatch(/Contact e-mail not saved yet/));
    expect(email.value).toBe('juergen@');

    type(email, 'juergen@mueller-soehne.de');
    expect(email.getAttribute('aria-invalid')).toBe('false');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(fake.state.updates.at(-1)!.fields.clientContactEmail).toBe('juergen@mueller-soehne.de');
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved at /));
  });
});
