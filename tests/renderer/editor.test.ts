// @vitest-environment jsdom
// The workshop editor: the contract's conventions on every control, keyboard-first answering, the live panel
// following every answer at once, and autosave that never loses typed text. The API is faked at its one seam.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import { flushSync, tick } from 'svelte';

import AssessmentEditor from '../../renderer/src/components/AssessmentEditor.svelte';
import StatusBar from '../../renderer/src/components/StatusBar.svelte';
import { AUTOSAVE_DELAY_MS } from '../../renderer/src/lib/autosave';
import { draft } from '../../renderer/src/lib/draft.svelte';
import { recommend, type Requirements } from '../../shared/engine';
import { fakeAssessmentStore, useFakeApi } from './fake-api';
import { byLabel, click, type Mounted, one, press, show, type } from './mount';

const fake = fakeAssessmentStore();
useFakeApi(fake.api);

const ID = '4d0d5a8e-6f61-4b8a-9a3e-0c8f3d1e2b7a';

// The requirements record (shared/README.md): the values each control must offer, exactly.
const CONTRACT: Record<string, readonly string[]> = {
  projectKind: ['web-app', 'content-platform', 'ecommerce', 'saas', 'data-tool', 'api-service', 'microservice', 'prototype', 'other'],
  userInterface: ['server-rendered', 'spa-frontend', 'none'],
  auth: ['none', 'basic', 'roles'],
  adminPanel: ['true', 'false'],
  dataModel: ['none', 'simple', 'relational', 'complex'],
  teamExperience: ['beginner', 'mixed', 'senior'],
  teamTurnover: ['low', 'high'],
  lifetime: ['hours', 'weeks', 'months', 'years'],
  architecture: ['monolith', 'microservices', 'unconventional'],
  concurrency: ['typical', 'high-async', 'realtime'],
  apiDocs: ['true', 'false'],
  minimalDependencies: ['true', 'false'],
  existingFramework: ['none', 'django', 'flask', 'fastapi'],
};
const NUMBERS = ['teamSize', 'expectedUsers'];

let editor: Mounted;
let statusBar: Mounted;

async function openEditor(requirements: Requirements): Promise<void> {
  fake.reset(requirements);
  draft.close();
  statusBar = show(StatusBar, {});
  editor = show(AssessmentEditor, { id: ID, tab: 'questions' });
  await vi.waitFor(() => one(editor.target, '[data-testid="recommended"]'));
}

const winner = (): string | undefined => one(editor.target, '[data-testid="recommended"]').dataset.framework;
const group = (field: string): HTMLElement => one(editor.target, `[data-field="${field}"]`);
const statusText = (): string => one(statusBar.target, '[role="status"]').textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(async () => {
  editor.destroy();
  statusBar.destroy();
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
});

describe('workshop editor', () => {
  test("every requirement control carries data-field and offers exactly the contract's values", async () => {
    await openEditor({});
    for (const [field, values] of Object.entries(CONTRACT)) {
      const control = group(field);
      const offered = [...control.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
      expect(offered, field).toEqual(values);
      expect(control.getAttribute('role')).toBe('radiogroup');
      expect(control.querySelector('legend')?.textContent?.trim()).not.toBe('');
    }
    for (const field of NUMBERS) {
      const input = group(field) as HTMLInputElement;
      expect(input.type).toBe('number');
      expect(editor.target.querySelector(`label[for="${input.id}"]`)?.textContent).not.toBe('');
    }
  });

  test('client and project fields are labelled "Client name" and "Project title", and each question has one help line', async () => {
    await openEditor({});
    expect(byLabel(editor.target, 'Client name').value).toBe('Acme Logistics');
    expect(byLabel(editor.target, 'Project title').value).toBe('Route planner');
    for (const field of [...Object.keys(CONTRACT), ...NUMBERS]) {
      const described = group(field).getAttribute('aria-describedby')?.split(' ')[0] ?? '';
      expect(document.getElementById(described)?.textContent?.trim().length, field).toBeGreaterThan(10);
    }
  });

  test('number keys pick an option, 0 clears it, and the live panel follows before the next frame', async () => {
    await openEditor({ projectKind: 'content-platform', adminPanel: true, userInterface: 'server-rendered' });
    expect(winner()).toBe('django');

    press(one(group('projectKind'), 'input[value="content-platform"]'), '6');
    expect(one<HTMLInputElement>(group('projectKind'), 'input[value="api-service"]').checked).toBe(true);
    press(one(group('adminPanel'), 'input'), '2');
    press(one(group('userInterface'), 'input'), '3');
    press(one(group('concurrency'), 'input'), '2');
    press(one(group('apiDocs'), 'input'), '1');
    // No timers, no frames: the panel is already redrawn.
    expect(draft.requirements).toMatchObject({
      projectKind: 'api-service',
      adminPanel: false,
      userInterface: 'none',
      concurrency: 'high-async',
      apiDocs: true,
    });
    expect(winner()).toBe(recommend(draft.requirements).recommended);
    expect(winner()).toBe('fastapi');

    press(one(group('apiDocs'), 'input[value="true"]'), '0');
    expect(draft.requirements.apiDocs).toBeUndefined();
    expect([...group('apiDocs').querySelectorAll<HTMLInputElement>('input')].some((r) => r.checked)).toBe(false);
  });

  test('clicking an option answers too, and a yes/no answer is stored as a boolean', async () => {
    await openEditor({});
    click(one(group('adminPanel'), 'input[value="true"]'));
    expect(draft.requirements.adminPanel).toBe(true);
    click(one(group('dataModel'), 'input[value="complex"]'));
    expect(draft.requirements.dataModel).toBe('complex');
  });

  test('typing autosaves within 500 ms of the last keystroke and the status line says saved', async () => {
    await openEditor({});
    const client = byLabel(editor.target, 'Client name');
    type(client, 'Acme');
    await vi.advanceTimersByTimeAsync(100);
    type(client, 'Acme Freight');
    expect(one(editor.target, '[data-testid="save-state"]').dataset.state).toBe('pending');
    expect(fake.state.updates).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(fake.state.updates).toHaveLength(1);
    expect(fake.state.updates[0]!.fields).toMatchObject({ clientName: 'Acme Freight', projectTitle: 'Route planner' });
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved at /));
    expect(one(editor.target, '[data-testid="save-state"]').dataset.state).toBe('saved');
  });

  test('an answer is saved with the whole requirements record', async () => {
    await openEditor({ lifetime: 'years' });
    press(one(group('teamExperience'), 'input'), '3');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(fake.state.updates.at(-1)!.fields.requirements).toEqual({ lifetime: 'years', teamExperience: 'senior' });
  });

  test('a failed save keeps the typed text, shows the error in the status line, and the next change saves it', async () => {
    await openEditor({});
    fake.state.failNext = 1;
    const notes = byLabel<HTMLTextAreaElement>(editor.target, 'Internal notes');
    type(notes, 'Client wants a demo by Friday');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(statusText()).toBe('The disk is full; nothing was saved.'));
    expect(one(editor.target, '[data-testid="save-state"]').dataset.state).toBe('error');
    expect(notes.value).toBe('Client wants a demo by Friday');
    expect(draft.notes).toBe('Client wants a demo by Friday');

    type(notes, 'Client wants a demo by Friday.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved at /));
    expect(fake.state.saved?.notes).toBe('Client wants a demo by Friday.');
  });

  test('a number out of range stays on screen, is flagged, and is never saved', async () => {
    await openEditor({ teamSize: 4 });
    const size = group('teamSize') as HTMLInputElement;
    type(size, '0');
    expect(size.getAttribute('aria-invalid')).toBe('true');
    expect(size.value).toBe('0');
    expect(draft.requirements.teamSize).toBe(4);
    type(size, '12');
    expect(size.getAttribute('aria-invalid')).toBe('false');
    expect(draft.requirements.teamSize).toBe(12);
    type(size, '');
    expect(draft.requirements.teamSize).toBeUndefined();
  });

  test('leaving the editor saves what is pending at once', async () => {
    await openEditor({});
    type(byLabel(editor.target, 'Project title'), 'Route planner v2');
    editor.destroy();
    await tick();
    flushSync();
    await vi.waitFor(() => expect(fake.state.updates.at(-1)?.fields.projectTitle).toBe('Route planner v2'));
    editor = show(AssessmentEditor, { id: ID, tab: 'questions' });
  });
});
