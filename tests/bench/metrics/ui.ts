// ui.firstRender (.100k): navigation to an interactive list of 10,000 (100,000) assessments, through `scopewise serve`, in Chromium,
// timed by the page itself (navigation start to the list's first rows drawn). Target: median ≤ 400 ms.
// ui.livePreview: an answer changed until the live panel shows the new result, timed in the page. Target ≤ 16 ms.
// ui.scopeEdit: a day count typed into the scope grid (100 items) until the estimate shows the new total, timed in the page. Target ≤ 16 ms.
// ui.initialJs: the renderer's initial JavaScript, gzipped. Target ≤ 250 KB.
/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRendererBuilt, ROOT } from '../../e2e/build';
import { initialJs } from '../../e2e/initial-js';
import { launchChromium } from '../../serve/chromium';
import { startServe } from '../../serve/serve-process';
import { DEFAULT_RATE_CARD, emptyScope, type Scope } from '../../../shared/scope/schema';
import { demoDatabaseCopy } from '../demo-cache';
import type { Metric, TimingResult } from '../harness';

function summarise(times: number[]): TimingResult {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return { median_ms: round(at(50)), p95_ms: round(at(95)), runs: sorted.length };
}

async function withServe<T>(count: number, run: (url: string, origin: string) => Promise<T>): Promise<T> {
  await ensureRendererBuilt();
  if (count >= 10_000) {
    // The large databases come from the benchmarks' cache (tests/bench/demo-cache.ts): 100,000 take minutes to make.
    const serve = await startServe({ databasePath: (await demoDatabaseCopy(count)).path });
    try {
      return await run(serve.url, serve.origin);
    } finally {
      await serve.stop();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-bench-ui-'));
  const databasePath = join(dir, 'scopewise.db');
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'demo', '--count', String(count), '--db', databasePath], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const serve = await startServe({ databasePath });
    try {
      return await run(serve.url, serve.origin);
    } finally {
      await serve.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function firstRender(count: number): Promise<TimingResult> {
  return withServe(count, async (url, origin) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url); // the page keeps the token from the fragment for this tab (sessionStorage)
      await page.getByTestId('assessment-row').first().waitFor();
      const times: number[] = [];
      for (let i = 0; i < 25; i++) {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => performance.getEntriesByName('scopewise:list-ready').length > 0);
        const ready = await page.evaluate(() => {
          const rows = document.querySelectorAll('[data-testid="assessment-row"]').length;
          return rows > 0 ? performance.getEntriesByName('scopewise:list-ready')[0]!.startTime : NaN;
        });
        if (i >= 5) times.push(ready);
      }
      return summarise(times);
    } finally {
      await browser.close();
    }
  });
}

/**
 * In the page: set answers where the project kind alone moves the winner, then flip it 220 times, timing each click
 * until the panel's DOM has changed and been laid out (a MutationObserver fires after Svelte's update). First 20 warm up.
 */
const LIVE_PREVIEW_SCRIPT = `(async () => {
  const pick = (field, value) => document.querySelector('[data-field="' + field + '"] input[value="' + value + '"]');
  for (const [field, value] of [['concurrency', 'high-async'], ['apiDocs', 'true'], ['userInterface', 'none'], ['adminPanel', 'false']]) pick(field, value).click();
  const panel = document.querySelector('[data-testid="recommended"]').closest('aside');
  const once = (value) => new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      panel.getBoundingClientRect();
      resolve(performance.now() - start);
    });
    observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
    start = performance.now();
    pick('projectKind', value).click();
  });
  const out = [];
  for (let i = 0; i < 220; i++) {
    const t = await once(i % 2 === 0 ? 'content-platform' : 'api-service');
    if (i >= 20) out.push(t);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
})()`;

async function livePreview(): Promise<TimingResult> {
  return withServe(1, async (url) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.getByTestId('assessment-row').first().click();
      await page.getByTestId('recommended').waitFor();
      // Plain JavaScript in a string: the bench runs under tsx, whose helpers do not exist inside the page.
      const times = (await page.evaluate(LIVE_PREVIEW_SCRIPT)) as number[];
      return summarise(times);
    } finally {
      await browser.close();
    }
  });
}

/** A hundred work items over five phases and two roles, as a large real scope has. */
export function benchScope(): Scope {
  const phases = ['Discovery', 'Foundations', 'Build', 'Integrations', 'Launch'];
  const items = Array.from({ length: 100 }, (_, i) => ({
    id: `item-${i}`,
    title: `Work item ${i + 1}`,
    phase: phases[Math.floor(i / 20)]!,
    role: i % 3 === 0 ? 'senior-developer' : 'developer',
    low: 1,
    likely: 2,
    high: 5,
    ...(i % 10 === 9 ? { optional: true } : {}),
  }));
  return { ...emptyScope(DEFAULT_RATE_CARD), items };
}

/**
 * In the page: type a new "likely" into a row's cell (alternating 2 and 3, so the total always changes) and time it
 * until the estimate's total has changed in the DOM and been laid out. Rows rotate through the grid; 20 warm up.
 */
const SCOPE_EDIT_SCRIPT = `(async () => {
  const total = document.querySelector('[data-testid="estimate-total"]');
  // Only rows in the total: an add-on's days move its own price, not the total.
  const cells = [...document.querySelectorAll('[data-testid="scope-row"]:not(.inactive) [data-col="likely"]')];
  const once = (cell, value) => new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      total.getBoundingClientRect();
      resolve(performance.now() - start);
    });
    observer.observe(total, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(NaN);
    }, 2000);
    start = performance.now();
    cell.value = value;
    cell.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const out = [];
  for (let i = 0; i < 220; i++) {
    const cell = cells[(i * 7) % cells.length];
    cell.focus();
    const t = await once(cell, cell.value === '2' ? '3' : '2');
    if (i >= 20) out.push(t);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
})()`;

async function scopeEdit(): Promise<TimingResult> {
  return withServe(1, async (url) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      const row = page.getByTestId('assessment-row').first();
      const id = /#\/assessment\/([0-9a-f-]{36})/.exec((await row.getAttribute('href')) ?? '')![1]!;
      const saved = await page.evaluate(
        async ([id, scope]) =>
          (
            await fetch('/api/assessments.update', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Scopewise-Token': sessionStorage.getItem('scopewise.token') ?? '' },
              body: JSON.stringify({ id, fields: { scope } }),
            })
          ).json(),
        [id, benchScope()] as const,
      );
      if (!(saved as { ok: boolean }).ok) throw new Error(`could not save the bench scope: ${JSON.stringify(saved)}`);
      await page.evaluate((hash) => (location.hash = hash), `#/assessment/${id}/scope`);
      await page.getByTestId('scope-row').nth(99).waitFor();
      const times = (await page.evaluate(SCOPE_EDIT_SCRIPT)) as number[];
      if (times.some((t) => Number.isNaN(t))) throw new Error('an edit never reached the total');
      return summarise(times);
    } finally {
      await browser.close();
    }
  });
}

export const metrics: Metric[] = [
  { name: 'ui.firstRender', target: 'median ≤ 400 ms', run: () => firstRender(10_000) },
  { name: 'ui.firstRender.100k', target: 'median ≤ 400 ms', run: () => firstRender(100_000) },
  { name: 'ui.livePreview', target: 'median ≤ 16 ms', run: livePreview },
  { name: 'ui.scopeEdit', target: 'median ≤ 16 ms', run: scopeEdit },
  {
    name: 'ui.initialJs',
    target: 'gzip_kb ≤ 250',
    run: async () => {
      await ensureRendererBuilt();
      const js = initialJs();
      return { gzip_kb: Math.round((js.gzipBytes / 1024) * 10) / 10, raw_kb: Math.round((js.bytes / 1024) * 10) / 10 };
    },
  },
];
