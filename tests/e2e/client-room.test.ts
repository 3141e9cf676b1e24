// The workshop with the client in the room, through `scopewise serve` in Chromium: the recommendation stays in view at
// projector sizes, presentation mode shows no notes and no other client on any screen (DOM and the proposal preview's
// text), undo/redo of answers, an untouched new assessment leaves no record, and an old revision can be restored.
/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';

import { tempFolder } from '../db/temp';
import { pdfText } from './pdf-text';
import { openSession, type Session } from './session';

let s: Session;
const CLIENT = 'Fundación Niños Solidarios de Andalucía y Extremadura para la Infancia';
const PROJECT = 'Volunteer portal';
const OUR_NOTES = 'They may cut the budget by a third if the board says no';
const OTHER_CLIENT = 'Harbourside Turbine Telemetry AB';
const OTHER_NOTES = 'Margin target forty percent, keep quiet';
let ours = '';

/** One API call from the page; a call unanswered after 10 s fails naming its channel instead of waiting forever. */
async function post<T>(channel: string, body: unknown): Promise<T> {
  return s.page.evaluate(
    async ([c, b, token]) => {
      try {
        const signal = AbortSignal.timeout(10_000);
        const response = await fetch(`/api/${c}`, { method: 'POST', headers: { 'X-Scopewise-Token': token }, body: JSON.stringify(b), signal });
        return ((await response.json()) as { value: unknown }).value;
      } catch (error) {
        throw new Error(`${c}: ${String(error)}`);
      }
    },
    [channel, body, s.serve.token] as [string, unknown, string],
  ) as Promise<T>;
}

const status = () => s.page.getByRole('status');

async function expectCleanAudit(screen: string): Promise<void> {
  const violations = await s.audit();
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Everything a person could read on the screen: the page's text and the values in its fields. */
async function screenText(): Promise<string> {
  return s.page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    return `${document.body.innerText}\n${values.join('\n')}\n${document.title}`;
  });
}

async function openWorkshop(id: string): Promise<void> {
  await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}`);
  await s.page.getByTestId('recommended').waitFor();
}

/** Confirms the branding if this database asks (only its first export from the UI does), then waits for the export. */
async function exported(): Promise<string> {
  const confirm = s.page.getByRole('button', { name: 'Yes, export with this branding' });
  await expect.poll(async () => (await confirm.isVisible()) || /^Exported/.test((await status().textContent()) ?? ''), { timeout: 20_000 }).toBe(true);
  if (await confirm.isVisible()) await confirm.click();
  await expect.poll(async () => (await status().textContent()) ?? '', { timeout: 20_000 }).toMatch(/^Exported/);
  return (await status().textContent()) ?? '';
}

/** The name of every other client in the database, live or in the trash. */
async function otherClients(): Promise<string[]> {
  const names: string[] = [];
  for (const trash of [false, true]) {
    const page = await post<{ rows: { clientName: string }[] }>('assessments.list', { trash });
    names.push(...page.rows.map((r) => r.clientName));
  }
  // Names of a letter or two (a test types one character) would be found in any text: they prove nothing either way.
  return [...new Set(names)].filter((n) => n.trim().length > 3 && n !== CLIENT);
}

/** Nothing the client must not see: neither notes, nor any other client's name. */
async function expectNothingPrivate(screen: string): Promise<void> {
  const text = await screenText();
  expect(text, screen).not.toContain(OUR_NOTES);
  expect(text, screen).not.toContain(OTHER_NOTES);
  expect(text, screen).not.toContain('Internal notes');
  for (const name of [OTHER_CLIENT, ...(await otherClients())]) expect(text, `${screen}: ${name}`).not.toContain(name);
}

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  const other = await post<{ id: string }>('assessments.create', {
    fields: {
      clientName: OTHER_CLIENT,
      projectTitle: 'Telemetry API',
      notes: OTHER_NOTES,
      requirements: { projectKind: 'api-service', concurrency: 'realtime' },
    },
  });
  // Ours began as a copy of the other client's assessment (a template), exported once, then renamed: its first
  // revision carries the other client's name and notes, as a consultant's real history would.
  const copy = await post<{ id: string }>('assessments.duplicate', { id: other.id });
  await post('proposal.export', { id: copy.id });
  await post('assessments.update', {
    id: copy.id,
    fields: {
      clientName: CLIENT,
      projectTitle: PROJECT,
      notes: OUR_NOTES,
      requirements: {
        projectKind: 'web-app',
        userInterface: 'server-rendered',
        auth: 'roles',
        adminPanel: true,
        integrations: ['Mailchimp'],
        personalData: true,
      },
    },
  });
  ours = copy.id;
}, 240_000);

// Every test starts from a freshly loaded page at the projector's size, out of presentation mode: none relies on
// another having run before it (tests/e2e runs them in any order with --sequence.shuffle).
beforeEach(async () => {
  await s.page.setViewportSize({ width: 1366, height: 768 });
  await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
  await s.open();
});

afterAll(async () => {
  const errors = s?.errors ?? [];
  await s?.stop();
  // The page threw nothing in any test (checked once all have run, in whatever order).
  expect(errors).toEqual([]);
});

describe('the client in the room', () => {
  for (const size of [
    { width: 1024, height: 640 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${size.width}×${size.height} the winner stays in view after scrolling to the last question`, async () => {
      await s.page.setViewportSize(size);
      await openWorkshop(ours);
      const last = s.page.locator('#field-languages');
      await last.scrollIntoViewIfNeeded();
      await last.focus();
      const box = await s.page.getByTestId('recommended').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
      // The confidence beside it is in view too.
      const confidence = await s.page.getByTestId('confidence').boundingBox();
      expect(confidence!.y + confidence!.height).toBeLessThanOrEqual(size.height);
      await s.screenshot(`client-room-workshop-${size.width}x${size.height}`);
      await expectCleanAudit(`workshop at ${size.width}×${size.height}`);
      await s.page.emulateMedia({ colorScheme: 'dark' });
      await s.screenshot(`client-room-workshop-${size.width}x${size.height}-dark`);
      await expectCleanAudit(`workshop at ${size.width}×${size.height}, dark`);
      await s.page.emulateMedia({ colorScheme: 'light' });
    });
  }

  test('in a window too narrow for two columns the panel is a compact bar that stays on screen', async () => {
    await s.page.setViewportSize({ width: 800, height: 600 });
    await openWorkshop(ours);
    await s.page.locator('#field-languages').scrollIntoViewIfNeeded();
    const box = await s.page.getByTestId('recommended').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
    await s.page.getByRole('button', { name: 'Details' }).click();
    await s.page.getByRole('button', { name: /^All \d+ reasons$/ }).waitFor();
    await expectCleanAudit('compact bar');
    await s.page.setViewportSize({ width: 1366, height: 768 });
  });

  test('every reason is a key away (Ctrl+I), and "?" shows the keyboard shortcuts', async () => {
    await openWorkshop(ours);
    await s.page.locator('#field-clientName').focus();
    await s.page.keyboard.press('Control+i');
    await s.page.getByTestId('all-reasons').waitFor();
    await expectCleanAudit('all reasons');
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('heading', { name: 'Recommendation' }).click();
    await s.page.keyboard.press('?');
    await s.page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await s.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent()).toContain('Undo the last change');
    await expectCleanAudit('shortcut sheet');
    await s.page.keyboard.press('Escape');
  });

  test('Ctrl+Z undoes the last answer and Ctrl+Shift+Z redoes it', async () => {
    await openWorkshop(ours);
    const checked = (field: string) => s.page.locator(`[data-field="${field}"] input:checked`).count();
    await s.page.locator('[data-field="concurrency"] input[value="realtime"]').check();
    await s.page.locator('[data-field="lifetime"] input[value="years"]').check();
    expect(await checked('lifetime')).toBe(1);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => checked('lifetime')).toBe(0);
    expect(await checked('concurrency')).toBe(1);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => checked('concurrency')).toBe(0);
    await s.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => s.page.locator('[data-field="concurrency"] input[value="realtime"]').isChecked()).toBe(true);
    await s.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => s.page.locator('[data-field="lifetime"] input[value="years"]').isChecked()).toBe(true);
    // Undo reaches the saved record too.
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    const saved = await post<{ requirements: Record<string, unknown> }>('assessments.get', { id: ours });
    expect(saved.requirements.lifetime).toBeUndefined();
    expect(saved.requirements.concurrency).toBe('realtime');
  });

  test('project context typed in the workshop is recorded and drafts its own scope items', async () => {
    await openWorkshop(ours);
    await s.page.locator('#field-integrations').fill('Mailchimp, Holded ,');
    await s.page.locator('#field-targetDate').fill('2027-03-01');
    await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    const saved = await post<{ requirements: Record<string, unknown> }>('assessments.get', { id: ours });
    expect(saved.requirements.integrations).toEqual(['Mailchimp', 'Holded']);
    expect(saved.requirements.targetDate).toBe('2027-03-01');
    // Context moves no score: the panel still says what it said.
    expect(await s.page.getByTestId('recommended').getAttribute('data-framework')).toBe('django');
  });

  test('Ctrl+Z undoes scope edits too: a typed day, then the drafted scope itself', async () => {
    const { id } = await post<{ id: string }>('assessments.create', {
      fields: {
        clientName: 'Scope Undo Client',
        projectTitle: 'Shop',
        requirements: { projectKind: 'ecommerce', integrations: ['Holded'], personalData: true },
      },
    });
    await openWorkshop(id);
    await s.page.getByRole('link', { name: 'Scope & estimate' }).click();
    await s.page.getByRole('button', { name: 'Draft the scope from the answers' }).click();
    const cell = s.page.locator('[data-testid="scope-row"] [data-col="likely"]').first();
    await cell.waitFor();
    const titles = await s.page
      .locator('[data-testid="scope-row"] [data-col="title"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(titles).toContain('Integration: Holded');
    expect(titles).toContain('Personal data and GDPR');
    const before = await cell.inputValue();
    const total = () => s.page.getByTestId('estimate-total').textContent();
    const totalBefore = await total();
    await cell.fill('42');
    await expect.poll(total).not.toBe(totalBefore);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => cell.inputValue()).toBe(before);
    await expect.poll(total).toBe(totalBefore);
    await s.page.keyboard.press('Control+z');
    await s.page.getByRole('heading', { name: 'No scope yet' }).waitFor();
    await s.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => cell.inputValue()).toBe(before);
  });

  // Retried once: in one full CI run of three it hung until the test's 30 s limit right after the scope-undo test, and
  // never alone (six runs, then eighteen more of the two tests in a row, three of them with the page's CPU slowed sixfold)
  // or in the file (four runs, then four more, and three in shuffled order with the CPU slowed fourfold). Every wait
  // below is bounded and names its step (an API call its channel), so the next hang says where instead of hitting the limit.
  test('a new assessment left untouched leaves no record; one with anything typed is kept', { retry: 1 }, async () => {
    const total = async () => (await post<{ total: number }>('assessments.list', {})).total;
    const before = await total();
    await s.page.getByRole('button', { name: 'New assessment' }).click({ timeout: 10_000 });
    await s.page.locator('#field-clientName').waitFor({ timeout: 10_000 });
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click({ timeout: 10_000 });
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor({ timeout: 10_000 });
    await expect.poll(total).toBe(before);
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(before);

    await s.page.getByRole('button', { name: 'New assessment' }).click({ timeout: 10_000 });
    await s.page.locator('#field-clientName').fill('Kept client', { timeout: 10_000 });
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click({ timeout: 10_000 });
    await expect.poll(total).toBe(before + 1);
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(before + 1);
  });

  test('a new assessment left untouched when the page reloads or closes leaves no row; one typed character is kept', async () => {
    const total = async () => (await post<{ total: number }>('assessments.list', {})).total;
    const untitled = () => s.page.getByTestId('assessment-row').filter({ hasText: 'Untitled' }).count();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    const before = await total();
    const untitledBefore = await untitled();

    // Reloaded at once: the list comes back without the empty record.
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.locator('#field-clientName').waitFor();
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(before);
    expect(await untitled()).toBe(untitledBefore);
    expect(await total()).toBe(before);
    expect(await status().textContent()).not.toMatch(/no assessment/i);

    // A tab closed on an empty new assessment leaves nothing either.
    const tab = await s.context.newPage();
    await tab.goto(s.serve.url);
    await tab.getByRole('button', { name: 'New assessment' }).click();
    await tab.locator('#field-clientName').waitFor();
    await tab.close({ runBeforeUnload: true });
    await expect.poll(total).toBe(before);

    // One character typed, then reloaded inside the autosave pause: it is kept, and the editor shows it again.
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.locator('#field-clientName').fill('K');
    await s.page.reload();
    await expect.poll(() => s.page.locator('#field-clientName').inputValue(), { timeout: 10_000 }).toBe('K');
    expect(await total()).toBe(before + 1);
  });

  test('the list sorts by its column headers and links to the trash', async () => {
    // The first and the last name in any order of the names this file uses.
    await post('assessments.create', { fields: { clientName: 'Aaaa Sort First', projectTitle: 'Sorting' } });
    await post('assessments.create', { fields: { clientName: 'Zzzz Sort Last', projectTitle: 'Sorting' } });
    await s.open();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    const header = s.page.getByRole('columnheader', { name: /Client and project/ });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const firstName = () => s.page.getByTestId('assessment-row').first().locator('.client').textContent();
    await expect.poll(firstName).toBe('Aaaa Sort First');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(firstName).toBe('Zzzz Sort Last');
    await expectCleanAudit('list with headers');
    await s.page.getByRole('link', { name: 'Trash' }).click();
    await s.page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor();
    await expectCleanAudit('trash');
  });

  test('an old revision is restored as a new one, and the proposal of any revision exports', async () => {
    const created = await post<{ id: string }>('assessments.create', {
      fields: { clientName: 'Revision Client', projectTitle: 'First idea', requirements: { projectKind: 'ecommerce' } },
    });
    // An export seals revision 1, so the next save starts revision 2.
    await post('proposal.export', { id: created.id });
    await post('assessments.update', { id: created.id, fields: { projectTitle: 'Second idea', requirements: { projectKind: 'api-service' } } });
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${created.id}/revisions`);
    await s.page.getByRole('button', { name: 'Restore revision 1 as the current one' }).click();
    await expect.poll(async () => (await status().textContent()) ?? '').toContain('Revision 1 restored as revision 3');
    await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toContain('First idea');
    const revisions = await post<{ number: number }[]>('assessments.revisions', { id: created.id });
    expect(revisions.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    const current = await post<{ projectTitle: string; requirements: Record<string, unknown> }>('assessments.get', { id: created.id });
    expect(current.projectTitle).toBe('First idea');
    expect(current.requirements).toEqual({ projectKind: 'ecommerce' });
    await expectCleanAudit('revisions with restore');

    await s.page.getByRole('button', { name: 'Export PDF of revision 2 (client edition)' }).click();
    const path = /^Exported to (.+\.pdf)/.exec(await exported())![1]!;
    expect(path).toMatch(/Revision Client – Second idea – proposal( \(\d+\))?\.pdf$/);
    expect(await pdfText(path)).toContain('Second idea');
  });

  test('presentation mode shows no notes and no other client on any screen, and leaving it asks first', async () => {
    // Another client in the trash too, and this test's own reasons to look at every screen.
    const trashed = await post<{ id: string }>('assessments.create', {
      fields: { clientName: 'Trashed Tannery Ltd', projectTitle: 'Old shop', notes: OTHER_NOTES },
    });
    await post('assessments.delete', { id: trashed.id });
    await openWorkshop(ours);
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    const folder = tempFolder();
    const screens: [string, () => Promise<void>][] = [
      ['workshop', () => openWorkshop(ours)],
      [
        'every reason',
        async () => {
          await s.page.locator('#field-clientName').focus();
          await s.page.keyboard.press('Control+i');
          await s.page.getByTestId('all-reasons').waitFor();
        },
      ],
      [
        'shortcut sheet',
        async () => {
          await s.page.keyboard.press('Escape');
          await s.page.getByRole('heading', { name: 'Recommendation' }).click();
          await s.page.keyboard.press('?');
          await s.page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
        },
      ],
      [
        'scope',
        async () => {
          await s.page.keyboard.press('Escape');
          await s.page.getByRole('link', { name: 'Scope & estimate' }).click();
          await s.page
            .getByRole('heading', { name: /No scope yet|Scope/ })
            .first()
            .waitFor();
        },
      ],
      [
        'revisions: the first one against the latest',
        async () => {
          await s.page.getByRole('link', { name: 'Revisions', exact: true }).click();
          await s.page.getByRole('heading', { name: 'Revisions' }).waitFor();
          // Revision 1 still carries the other client's name (ours began as a copy of theirs).
          await s.page.locator('#compare-from').selectOption('1');
          const latest = await s.page.locator('#compare-to option').last().getAttribute('value');
          await s.page.locator('#compare-to').selectOption(latest);
          await expect.poll(() => s.page.getByTestId('revision-compare').textContent()).toContain('Project title');
        },
      ],
      [
        'revisions: the first revision exported',
        async () => {
          await s.page.getByRole('button', { name: 'Export PDF of revision 1 (client edition)' }).click();
          expect(await exported()).toBe('Exported the proposal of revision 1.');
        },
      ],
      [
        'proposal',
        async () => {
          await s.page.getByRole('link', { name: 'Proposal', exact: true }).click();
          await s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor({ timeout: 20_000 });
          await s.page.getByRole('button', { name: 'Export PDF' }).click();
          expect(await exported()).toBe('Exported the proposal.');
        },
      ],
      [
        'list',
        async () => {
          await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
          await s.page.getByTestId('presented').waitFor();
        },
      ],
      [
        'search',
        async () => {
          await s.page.keyboard.press('Control+f');
          await s.page.getByTestId('presented').waitFor();
        },
      ],
      [
        'trash',
        async () => {
          await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/trash`);
          await s.page.getByRole('heading', { name: 'Presentation' }).waitFor();
        },
      ],
      [
        'settings (out of reach: paths and rates are not for the client)',
        async () => {
          await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/settings`);
          await s.page.getByTestId('presentation-note').waitFor();
          expect(await s.page.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
        },
      ],
      [
        'a new assessment',
        async () => {
          await s.page.getByRole('button', { name: 'New assessment' }).click();
          await s.page.locator('#field-clientName').waitFor();
        },
      ],
      [
        'the list after it',
        async () => {
          await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
          await s.page.getByRole('heading', { name: 'Presentation' }).waitFor();
        },
      ],
      [
        'leaving asks first',
        async () => {
          await s.page.getByRole('button', { name: 'Presentation mode' }).click();
          await s.page.getByRole('heading', { name: 'Leave presentation mode?' }).waitFor();
        },
      ],
    ];
    for (const [name, visit] of screens) {
      await visit();
      await expectNothingPrivate(name);
      await expectCleanAudit(`presentation: ${name}`);
    }
    await s.page.getByRole('button', { name: 'Stay in presentation' }).click();

    // The proposal preview: the client edition only, read back from the PDF bytes the screen shows.
    await openWorkshop(ours);
    const preview = s.page.waitForResponse((r) => r.url().includes('/api/proposal.preview'));
    await s.page.getByRole('link', { name: 'Proposal', exact: true }).click();
    const body = (await (await preview).json()) as { value: { pdfBase64: string } };
    const pdfPath = join(folder, 'preview.pdf');
    writeFileSync(pdfPath, Buffer.from(body.value.pdfBase64, 'base64'));
    const pdf = await pdfText(pdfPath);
    expect(pdf).toContain(PROJECT);
    expect(pdf).not.toContain('budget by a third');
    expect(pdf).not.toContain('forty percent');
    for (const name of await otherClients()) expect(pdf, name).not.toContain(name);
    await s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor({ timeout: 20_000 });
    const proposalText = await screenText();
    expect(proposalText).not.toContain(OUR_NOTES);
    expect(proposalText).not.toContain('Internal edition');
    await expectCleanAudit('presentation: proposal');

    // The client's full name, wrapped and never cut.
    await openWorkshop(ours);
    const heading = s.page.locator('#editor-heading');
    expect(await heading.textContent()).toContain(CLIENT);
    expect(await heading.evaluate((h) => h.scrollWidth <= h.clientWidth + 1)).toBe(true);
    for (const [w, h] of [
      [1024, 640],
      [1366, 768],
    ] as const) {
      await s.page.setViewportSize({ width: w, height: h });
      await s.page.locator('#field-languages').scrollIntoViewIfNeeded();
      const box = await s.page.getByTestId('recommended').boundingBox();
      expect(box!.y + box!.height, `${w}×${h}`).toBeLessThanOrEqual(h);
      await s.screenshot(`client-room-presentation-${w}x${h}`);
      await s.page.emulateMedia({ colorScheme: 'dark' });
      await s.screenshot(`client-room-presentation-${w}x${h}-dark`);
      await s.page.emulateMedia({ colorScheme: 'light' });
    }

    // Leaving needs a deliberate second step.
    const toggle = s.page.getByRole('button', { name: 'Presentation mode' });
    await toggle.click();
    await s.page.getByRole('button', { name: 'Stay in presentation' }).click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await s.page.getByTestId('leave-presentation').click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await s.page.getByLabel('Internal notes').waitFor();
  }, 180_000);
});
