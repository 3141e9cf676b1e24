// The whole workshop as a new user runs it, through `scopewise serve` in Chromium: create an assessment, answer,
// watch the recommendation move, reload and find it all saved, search, export and read the PDF, revise and compare,
// rebrand and see it in the next export, trash and restore, back up. Every screen is audited by axe and photographed.
/// <reference lib="dom" />
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recommend, type Requirements } from '../../shared/engine';
import { png } from '../proposal/images';
import { ROOT } from './build';
import { pdfText } from './pdf-text';
import { foreignRequests, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await s.open();
}, 240_000);
afterAll(async () => {
  await s?.stop();
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

describe('a whole workshop in the browser', () => {
  test('an empty list invites the first assessment', async () => {
    await expect.poll(() => s.page.getByText('No assessments yet').isVisible()).toBe(true);
    await expect.poll(() => s.page.getByRole('button', { name: 'Start the first assessment' }).isVisible()).toBe(true);
    await s.screenshot('list-empty');
    await expectCleanAudit('empty list');
  });

  test('New assessment opens the editor, and answers move the live recommendation', async () => {
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.getByLabel('Client name').fill(CLIENT);
    await s.page.getByLabel('Project title').fill(PROJECT);
    await s.page.getByLabel('Consultant', { exact: true }).fill('Ingrid Solberg');
    expect(await winner().getAttribute('data-framework')).toBe(recommend({}).recommended);

    const shop: Requirements = { projectKind: 'ecommerce', adminPanel: true, auth: 'roles', dataModel: 'relational', userInterface: 'server-rendered' };
    await answer('projectKind', 'ecommerce');
    await answer('adminPanel', 'true');
    await answer('auth', 'roles');
    await answer('dataModel', 'relational');
    await answer('userInterface', 'server-rendered');
    expect(recommend(shop).recommended).toBe('django');
    await expect.poll(() => winner().getAttribute('data-framework')).toBe('django');

    const api: Requirements = {
      ...shop,
      projectKind: 'api-service',
      userInterface: 'none',
      adminPanel: false,
      concurrency: 'high-async',
      apiDocs: true,
      auth: 'basic',
      dataModel: 'simple',
    };
    await answer('projectKind', 'api-service');
    await answer('userInterface', 'none');
    await answer('adminPanel', 'false');
    await answer('auth', 'basic');
    await answer('dataModel', 'simple');
    await answer('concurrency', 'high-async');
    await answer('apiDocs', 'true');
    await s.page.locator('[data-field="teamSize"]').fill('4');
    expect(recommend({ ...api, teamSize: 4 }).recommended).toBe('fastapi');
    await expect.poll(() => winner().getAttribute('data-framework')).toBe('fastapi');
    await expect.poll(() => winner().textContent()).toBe('FastAPI');

    await s.page.getByLabel('Internal notes').fill('Budget approved for Q3; CTO prefers Python.');
    await expectSaved();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Saved at /);
    await s.page.locator('#editor-heading').scrollIntoViewIfNeeded();
    keepForReadme(await s.screenshot('editor'), 'editor.png');
    await expectCleanAudit('editor');
  });

  test('after a reload everything typed and answered is still there', async () => {
    await s.page.reload();
    await s.page.getByLabel('Client name').waitFor();
    expect(await s.page.getByLabel('Client name').inputValue()).toBe(CLIENT);
    expect(await s.page.getByLabel('Project title').inputValue()).toBe(PROJECT);
    expect(await s.page.getByLabel('Internal notes').inputValue()).toBe('Budget approved for Q3; CTO prefers Python.');
    expect(await s.page.locator('[data-field="projectKind"] input[value="api-service"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="apiDocs"] input[value="true"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="adminPanel"] input[value="false"]').isChecked()).toBe(true);
    expect(await s.page.locator('[data-field="teamSize"]').inputValue()).toBe('4');
    expect(await winner().getAttribute('data-framework')).toBe('fastapi');
  });

  test('text typed just before the page closes is saved as it closes', async () => {
    await s.page.getByLabel('Project title').fill(`${PROJECT} — phase 2`);
    // Reload at once, well inside the autosave pause: the page saves on its way out.
    await s.page.reload();
    await s.page.getByLabel('Project title').waitFor();
    expect(await s.page.getByLabel('Project title').inputValue()).toBe(`${PROJECT} — phase 2`);
    await s.page.getByLabel('Project title').fill(PROJECT);
    await expectSaved();
  });

  test('the list finds it by search as you type, and says when nothing matches', async () => {
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    const search = s.page.getByRole('searchbox', { name: 'Search assessments' });
    await search.fill('Mørk');
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    expect(await s.page.getByTestId('assessment-row').textContent()).toContain(PROJECT);
    await search.fill('bakeries');
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    await search.fill('zzzz-nothing');
    await expect.poll(() => s.page.getByText('Nothing matches').isVisible()).toBe(true);
    await s.page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    await s.screenshot('list');
    await expectCleanAudit('list');
  });

  test('Export PDF writes the proposal; its text carries the client, the project, the winner and the branding', async () => {
    await s.page.getByTestId('assessment-row').click();
    await s.page.getByRole('button', { name: 'Export PDF' }).click();
    // The first export asks to confirm the branding the proposal will carry; later exports do not ask again.
    const prompt = s.page.getByRole('dialog', { name: 'Send proposals as Codism.io?' });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('info@codism.io');
    await prompt.getByRole('button', { name: 'Yes, export with this branding' }).click();
    const path = await exportedPath();
    const text = await pdfText(path);
    expect(text).toContain(CLIENT);
    expect(text).toContain(PROJECT);
    expect(text).toContain('FastAPI');
    expect(text).toContain('Codism.io');
    expect(text).toContain('info@codism.io');

    await s.page.getByRole('link', { name: 'Proposal' }).click();
    await expect.poll(async () => Number(await s.page.getByTestId('pdf-preview').getAttribute('data-pages')), { timeout: 20_000 }).toBeGreaterThan(1);
    await s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor();
    expect(await s.page.getByTestId('export-path').textContent()).toBe(path);
    expect(await s.page.title()).toBe(`${CLIENT} — ${PROJECT} — Scopewise`);

    await s.page.getByRole('button', { name: 'Save as bundle' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Bundle saved to .+\.json$/);
    const bundle = JSON.parse(readFileSync(/^Bundle saved to (.+)$/.exec((await status().textContent()) ?? '')![1]!, 'utf8'));
    expect(bundle).toMatchObject({ format: 'scopewise-bundle', version: 1 });
    expect(bundle.assessments[0]).toMatchObject({ clientName: CLIENT, projectTitle: PROJECT, requirements: { projectKind: 'api-service' } });
    await s.screenshot('proposal');
    await expectCleanAudit('proposal');
  });

  test('a revision after the export can be compared side by side with the exported one', async () => {
    await s.page.getByRole('link', { name: 'Workshop' }).click();
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

    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await s.page.getByTestId('assessment-row').first().click();
    await s.page.getByRole('button', { name: 'Export PDF' }).click();
    const text = await pdfText(await exportedPath());
    expect(text).toContain('Fjordline Consulting');
    expect(text).toContain('hello@fjordline.example');
    expect(text).toContain('+47 22 00 00 00');
    expect(text).not.toContain('Codism.io');
    expect(text).toContain('Django');
  });

  test('duplicate, move to the trash, and restore from the trash', async () => {
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await s.page.getByRole('button', { name: `Duplicate ${CLIENT}` }).click();
    await expect.poll(() => s.page.getByLabel('Project title').inputValue()).toBe(`${PROJECT} (copy)`);
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(2);

    await s.page.getByRole('button', { name: `Delete ${CLIENT} — ${PROJECT} (copy)` }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('to the trash');
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);

    await s.page.getByRole('link', { name: 'Trash' }).click();
    await s.page.getByRole('button', { name: `Restore ${CLIENT} — ${PROJECT} (copy)` }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('Restored');
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(2);
  });

  test('backups: create one, see it listed, restore it', async () => {
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Create backup' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toMatch(/^Backup created: /);
    const name = /^Backup created: (.+)$/.exec((await status().textContent()) ?? '')![1]!;
    await s.page.getByRole('button', { name: `Restore ${name}` }).click();
    await s.page.getByRole('button', { name: 'Yes, restore' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toBe(`Restored the backup ${name}`);
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(2);
  });

  test('presentation mode enlarges the type and hides the internal notes', async () => {
    await s.page.getByTestId('assessment-row').first().click();
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

  test('no request left 127.0.0.1, and the page threw nothing', () => {
    expect(s.requests.length).toBeGreaterThan(10);
    expect(foreignRequests(s.requests, s.serve.origin)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
