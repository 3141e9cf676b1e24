// The whole workshop as a new user runs it, through `scopewise serve` in Chromium: create an assessment, answer,
// watch the recommendation move, reload and find it all saved, search, export and read the PDF, revise and compare,
// rebrand and see it in the next export, trash and restore, back up. Every screen is audited by axe and photographed.
// Each test makes what it needs (through the API, as the UI would have left it) and starts from a freshly loaded page,
// so they pass in any order (run with --sequence.shuffle to check).
/// <reference lib="dom" />
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { png } from '../proposal/images';
import { ROOT } from './build';
import { pdfText } from './pdf-text';
import { callApi, foreignRequests, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await s.open();
}, 240_000);
beforeEach(async () => {
  await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
  await s.open();
});
afterAll(async () => {
  const requests = s?.requests ?? [];
  const errors = s?.errors ?? [];
  await s?.stop();
  // Whatever ran, in whatever order: no request left 127.0.0.1, and the page threw nothing.
  expect(requests.length).toBeGreaterThan(10);
  expect(foreignRequests(requests, s.serve.origin)).toEqual([]);
  expect(errors).toEqual([]);
});

const CLIENT = 'Mørk & Søn Bakeries';
const PROJECT = 'Online ordering';
const status = () => s.page.getByRole('status');
const winner = () => s.page.getByTestId('recommended');

async function answer(field: string, value: string): Promise<void> {
  await s.page.locator(`[data-field="${field}"] input[value="${value}"]`).check();
}

async function expectSaved(): Promise<void> {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
}

async function expectCleanAudit(screen: string): Promise<void> {
  const violations = await s.audit();
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function exportedPath(): Promise<string> {
  await expect.poll(async () => (await status().textContent()) ?? '', { timeout: 20_000 }).toMatch(/^Exported to /);
  const path = /^Exported to (.+\.pdf)$/.exec((await status().textContent()) ?? '')?.[1];
  expect(path).toBeDefined();
  expect(existsSync(path!)).toBe(true);
  return path!;
}

/** Copies a screenshot where the README shows it, when asked to (SCOPEWISE_README_SCREENSHOTS=1). */
function keepForReadme(path: string, name: string): void {
  if (process.env.SCOPEWISE_README_SCREENSHOTS !== '1') return;
  const folder = join(ROOT, 'tests', 'e2e', 'screenshots');
  mkdirSync(folder, { recursive: true });
  copyFileSync(path, join(folder, name));
}

const SHOP: Requirements = { projectKind: 'ecommerce', adminPanel: true, auth: 'roles', dataModel: 'relational', userInterface: 'server-rendered' };
const API: Requirements = {
  ...SHOP,
  projectKind: 'api-service',
  userInterface: 'none',
  adminPanel: false,
  concurrency: 'high-async',
  apiDocs: true,
  auth: 'basic',
  dataModel: 'simple',
  teamSize: 4,
};
const NOTES = 'Budget approved for Q3; CTO prefers Python.';

async function api<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const result = await callApi<T>(s, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

/** An assessment as the first workshop test leaves it (an API service, FastAPI ahead), under its own client name. */
async function workshopAssessment(clientName: string, fields: Record<string, unknown> = {}): Promise<string> {
  const created = await api<{ id: string }>('assessments.create', {
    fields: { clientName, projectTitle: PROJECT, consultant: 'Ingrid Solberg', notes: NOTES, requirements: API, ...fields },
  });
  return created.id;
}

async function openAssessment(id: string): Promise<void> {
  await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}`);
  await winner().waitFor();
}

async function showList(): Promise<void> {
  await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
}

/** Confirms the branding when this database asks (only before its first export from the UI). */
async function confirmBrandingIfAsked(): Promise<void> {
  const confirm = s.page.getByRole('button', { name: 'Yes, export with this branding' });
  await expect.poll(async () => (await confirm.isVisible()) || /^Exported to /.test((await status().textContent()) ?? ''), { timeout: 20_000 }).toBe(true);
  if (await confirm.isVisible()) await confirm.click();
}

describe('a whole workshop in the browser', () => {
  test('an empty list invites the first assessment', async () => {
    // An empty database of its own: the shared one holds whatever the other tests made.
    const fresh = await openSession();
    try {
      await fresh.open();
      await expect.poll(() => fresh.page.getByText('No assessments yet').isVisible()).toBe(true);
      await expect.poll(() => fresh.page.getByRole('button', { name: 'Start the first assessment' }).isVisible()).toBe(true);
      await fresh.screenshot('list-empty');
      const violations = await fresh.audit();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.stop();
    }
  });

  test('New assessment opens the editor, and answers move the live recommendation', async () => {
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.getByLabel('Client name').fill(CLIENT);
    await s.page.getByLabel('Project title').fill(PROJECT);
    await s.page.getByLabel('Consultant', { exact: true }).fill('Ingrid Solberg');
    expect(await winner().getAttribute('data-framework')).toBe(recommend({}).recommended);

    await answer('projectKind', 'ecommerce');
    await answer('adminPanel', 'true');
    await answer('auth', 'roles');
    await answer('dataModel', 'relational');
    await answer('userInterface', 'server-rendered');
    expect(recommend(SHOP).recommended).toBe('django');
    await expect.poll(() => winner().getAttribute('data-framework')).toBe('django');

    await answer('projectKind', 'api-service');
    await answer('userInterface', 'none');
    await answer('adminPanel', 'false');
    await answer('auth', 'basic');
    await answer('dataModel', 'simple');
    await answer('concurrency', 'high-async');
    await answer('apiDocs', 'true');
    await s.page.locator('[data-field="teamSize"]').fill('4');
    expect(recommend(API).recommended).toBe('fastapi');
    await expect.poll(() => winner().getAttribute('data-framework')).toBe('fastapi');
    await expect.poll(() => winner().textContent()).toBe('FastAPI');

    await s.page.getByLabel('Internal notes').fill(NOTES);
    await expectSaved();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Saved at /);
    await s.page.locator('#editor-heading').scrollIntoViewIfNeeded();
    keepForReadme(await s.screenshot('editor'), 'editor.png');
    await expectCleanAudit('editor');
  });

  test('after a reload everything typed and answered is still there', async () => {
    const id = await workshopAssessment('Reload Bakery', { notes: '', requirements: {} });
    await openAssessment(id);
    await answer('projectKind', 'api-service');
    await answer('apiDocs', 'true');
    await answer('adminPanel', 'false');
    await s.page.locator('[data-field="teamSize"]').fill('4');
    await s.page.getByLabel('Internal notes').fill(NOTES);
    await expectSaved();
    await s.page.reload();
    await s.page.getByLabel('Client name').waitFor();
    expect(await s.page.getByLabel('Client name').inputValue()).toBe('Reload Bakery');
    expect(await s.page.getByLabel('Project title').inputValue()).toBe(PROJECT);
    expect(await s.page.getByLabel('Internal notes').inputValue()).toBe(NOTES);
    expect(await s.page.locator('[data-field="projectKind"] input[value="api-service"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="apiDocs"] input[value="true"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="adminPanel"] input[value="false"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="teamSize"]').inputValue()).toBe('4');
    expect(await winner().getAttribute('data-framework')).toBe(
      recommend({ projectKind: 'api-service', apiDocs: true, adminPanel: false, teamSize: 4 }).recommended,
    );
  });

  test('text typed just before the page closes is saved as it closes', async () => {
    const id = await workshopAssessment('Closing Bakery');
    await openAssessment(id);
    await s.page.getByLabel('Project title').fill(`${PROJECT} — phase 2`);
    // Reload at once, well inside the autosave pause: the page saves on its way out.
    await s.page.reload();
    await s.page.getByLabel('Project title').waitFor();
    expect(await s.page.getByLabel('Project title').inputValue()).toBe(`${PROJECT} — phase 2`);
    expect((await api<{ projectTitle: string }>('assessments.get', { id })).projectTitle).toBe(`${PROJECT} — phase 2`);
  });

  test('the list finds it by search as you type, and says when nothing matches', async () => {
    await workshopAssessment('Vågå Fjellbakeri', { requirements: { ...API, integrations: ['Salesforce', 'Tripletex'] } });
    await s.open();
    const rows = s.page.getByTestId('assessment-row');
    const search = s.page.getByRole('searchbox', { name: 'Search assessments' });
    await search.fill('Vågå');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.textContent()).toContain(PROJECT);
    // Accents fold and a prefix is enough.
    await search.fill('vaga fjellbak');
    await expect.poll(() => rows.count()).toBe(1);
    // The project context is searched too: an integration's first letters find it.
    await search.fill('salesf');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.textContent()).toContain('Vågå Fjellbakeri');
    await search.fill('zzzz-nothing');
    await expect.poll(() => s.page.getByText('Nothing matches').isVisible()).toBe(true);
    await s.page.getByRole('button', { name: 'Clear search and filters' }).click();
    const total = (await api<{ total: number }>('assessments.list', {})).total;
    await expect.poll(() => rows.count()).toBe(Math.min(total, 50));
    await s.screenshot('list');
    await expectCleanAudit('list');
  });

  test('Export PDF writes the proposal; its text carries the client, the project, the winner and the branding', async () => {
    // As on a first run: the default branding, not yet confirmed.
    await api('settings.update', { branding: { ...DEFAULT_BRANDING }, proposal: { brandingConfirmed: DEFAULT_PROPOSAL_SETTINGS.brandingConfirmed } });
    const client = 'Nordlys Analytics AS';
    const id = await workshopAssessment(client);
    await s.open();
    await openAssessment(id);
    await s.page.getByRole('button', { name: 'Export PDF' }).click();
    // The first export asks to confirm the branding the proposal will carry; later exports do not ask again.
    const prompt = s.page.getByRole('dialog', { name: "Send proposals without your consultancy's name?" });
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Yes, export with this branding' }).click();
    const path = await exportedPath();
    const text = await pdfText(path);
    expect(text).toContain(client);
    expect(text).toContain(PROJECT);
    expect(text).toContain('FastAPI');
    // No name entered: the proposal names the consultancy in its own language, no placeholder.
    expect(text).toContain('Our consultancy');

    await s.page.getByRole('link', { name: 'Proposal' }).click();
    await expect.poll(async () => Number(await s.page.getByTestId('pdf-preview').getAttribute('data-pages')), { timeout: 20_000 }).toBeGreaterThan(1);
    await s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor();
    expect(await s.page.getByTestId('export-path').textContent()).toBe(path);
    expect(await s.page.title()).toBe(`${client} — ${PROJECT} — Scopewise`);

    await s.page.getByRole('button', { name: 'Save as bundle' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Bundle saved to .+\.json$/);
    const bundle = JSON.parse(readFileSync(/^Bundle saved to (.+)$/.exec((await status().textContent()) ?? '')![1]!, 'utf8'));
    expect(bundle).toMatchObject({ format: 'scopewise-bundle', version: 1 });
    expect(bundle.assessments[0]).toMatchObject({ clientName: client, projectTitle: PROJECT, requirements: { projectKind: 'api-service' } });
    await s.screenshot('proposal');
    await expectCleanAudit('proposal');
  });

  test('a revision after the export can be compared side by side with the exported one', async () => {
    const id = await workshopAssessment('Revision Bakery');
    // The export seals revision 1: the changes below start revision 2.
    await api('proposal.export', { id });
    await openAssessment(id);
    await answer('projectKind', 'ecommerce');
    await answer('userInterface', 'server-rendered');
    await answer('adminPanel', 'true');
    await answer('concurrency', 'typical');
    await answer('apiDocs', 'false');
    await answer('auth', 'roles');
    await answer('dataModel', 'complex');
    await expect.poll(() => winner().getAttribute('data-framework')).toBe('django');
    await s.page.locator('#field-status').selectOption('final');
    await expectSaved();

    await s.page.getByRole('link', { name: 'Revisions' }).click();
    const compare = s.page.getByTestId('revision-compare');
    await compare.waitFor({ timeout: 10_000 });
    expect(await s.page.getByTestId('recommendation-moved').textContent()).toMatch(/moved from\s+FastAPI\s+to\s+Django/);
    expect(await compare.locator('tr[data-field="concurrency"]').textContent()).toMatch(
      /Will many people or devices be connected.*Yes, many at once, often waiting on other systems.*No, ordinary use/,
    );
    expect(await compare.locator('tr[data-field="projectKind"]').textContent()).toMatch(/A service other software connects to \(API\).*An online shop/);
    // Revisions hold every field: the status change shows beside the answers.
    expect(await compare.locator('tr[data-field="status"]').textContent()).toMatch(/Status.*Draft.*Final/);
    await s.screenshot('revisions');
    await expectCleanAudit('revisions');
  });

  test('new branding shows in the next export, and the logo is previewed', async () => {
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByLabel('Company name').fill('Fjordline Consulting');
    await s.page.getByLabel('Email').fill('hello@fjordline.example');
    await s.page.getByLabel('Website').fill('fjordline.example');
    await s.page.getByLabel('Phone').fill('+47 22 00 00 00');
    await s.page.getByLabel('Address').fill('Storgata 1, 0155 Oslo');
    await s.page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png(120, 40) });
    await s.page.getByTestId('logo-preview').waitFor();
    await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await s.screenshot('settings');
    await expectCleanAudit('settings');

    const id = await workshopAssessment('Branding Bakery', { requirements: { ...SHOP, dataModel: 'complex' } });
    await openAssessment(id);
    await s.page.getByRole('button', { name: 'Export PDF' }).click();
    await confirmBrandingIfAsked();
    const text = await pdfText(await exportedPath());
    expect(text).toContain('Fjordline Consulting');
    expect(text).toContain('hello@fjordline.example');
    expect(text).toContain('+47 22 00 00 00');
    expect(text).not.toContain('Codism.io');
    expect(text).toContain('Django');
  });

  test('duplicate, move to the trash, and restore from the trash', async () => {
    const client = 'Duplicating Bakery';
    await workshopAssessment(client);
    await s.open();
    const mine = () => s.page.getByTestId('assessment-row').filter({ hasText: client }).count();
    await expect.poll(mine).toBe(1);
    await s.page.getByRole('button', { name: `Duplicate ${client}` }).click();
    await expect.poll(() => s.page.getByLabel('Project title').inputValue()).toBe(`${PROJECT} (copy)`);
    await showList();
    await expect.poll(mine).toBe(2);

    await s.page.getByRole('button', { name: `Delete ${client} — ${PROJECT} (copy)` }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('to the trash');
    await expect.poll(mine).toBe(1);

    await s.page.getByRole('link', { name: 'Trash' }).click();
    await s.page.getByRole('button', { name: `Restore ${client} — ${PROJECT} (copy)` }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('Restored');
    await showList();
    await expect.poll(mine).toBe(2);
  });

  test('backups: create one, see it listed, restore it', async () => {
    await workshopAssessment('Backed-up Bakery');
    const total = (await api<{ total: number }>('assessments.list', {})).total;
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Create backup' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Backup created: /);
    const name = /^Backup created: (.+)$/.exec((await status().textContent()) ?? '')![1]!;
    await s.page.getByRole('button', { name: `Restore ${name}` }).click();
    await s.page.getByRole('button', { name: 'Yes, restore' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toBe(`Restored the backup ${name}`);
    await showList();
    await expect.poll(() => s.page.getByTestId('assessment-row').filter({ hasText: 'Backed-up Bakery' }).count()).toBe(1);
    expect((await api<{ total: number }>('assessments.list', {})).total).toBe(total);
  });

  test('presentation mode enlarges the type and hides the internal notes', async () => {
    const id = await workshopAssessment('Presenting Bakery');
    await openAssessment(id);
    await s.page.getByLabel('Internal notes').waitFor();
    const before = await s.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    expect(await s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    expect(await s.page.getByLabel('Internal notes').isVisible()).toBe(false);
    const after = await s.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after).toBeGreaterThan(before * 1.2);
    await s.screenshot('editor-presentation');
    await expectCleanAudit('presentation mode');
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await s.page.getByTestId('leave-presentation').click();
    expect(await s.page.getByLabel('Internal notes').isVisible()).toBe(true);
  });
});
