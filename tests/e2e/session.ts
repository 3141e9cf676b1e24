// One end-to-end session: a fresh data folder served by a real `scopewise serve` process, opened in Debian's
// Chromium, with every request recorded, page errors collected, and helpers for axe audits and screenshots.
/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../serve/chromium';
import { type ServeProcess, startServe } from '../serve/serve-process';
import { ensureRendererBuilt, ROOT } from './build';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export interface SessionOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Extra environment for the serve process (PGPASSWORD for the team library). */
  env?: NodeJS.ProcessEnv;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface Session {
  serve: ServeProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its workers) asked for. */
  requests: string[];
  /** Uncaught errors in the page, and errors it logged (a CSP violation among them). */
  errors: string[];
  /** Loads the app afresh (the URL with the token in its fragment, as a user opens it; the page keeps it for the tab). */
  open: () => Promise<void>;
  screenshot: (name: string) => Promise<string>;
  /** axe-core over the current screen: the serious and critical violations. */
  audit: () => Promise<AxeViolation[]>;
  stop: () => Promise<void>;
}

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  await ensureRendererBuilt();
  return attach(await startServe(options.env === undefined ? {} : { env: options.env }), options);
}

/** A session over a database first filled by `scopewise demo --count N`, as a user would fill it. */
export async function openDemoSession(count: number, options: SessionOptions = {}): Promise<Session> {
  await ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-e2e-demo-'));
  const databasePath = join(dir, 'scopewise.db');
  execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'demo', '--count', String(count), '--db', databasePath], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const serve = await startServe({ databasePath });
  const session = await attach(serve, options);
  const stop = session.stop;
  session.stop = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return session;
}

async function attach(serve: ServeProcess, options: SessionOptions): Promise<Session> {
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    serve,
    browser,
    context,
    page,
    requests,
    errors,
    open: async () => {
      // From a page of the app, a URL that differs only in its fragment would not load anything afresh.
      if (page.url().startsWith(serve.origin)) await page.goto('about:blank');
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'New assessment' }).waitFor();
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    audit: async () => {
      // Evaluated through the DevTools protocol rather than addScriptTag: the page's CSP (rightly) refuses inline scripts.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    },
    stop: async () => {
      await browser.close();
      await serve.stop();
    },
  };
}

/**
 * Where the run's token shows up besides the X-Scopewise-Token header of API calls: a requested URL (the fragment
 * is never sent, so the first navigation does not count) or a cookie. It should be nowhere.
 */
export async function tokenLeaks(s: Session): Promise<string[]> {
  const token = s.serve.token;
  const urls = s.requests.filter((url) => url.replace(/#.*$/, '').includes(token));
  const cookies = (await s.context.cookies()).filter((c) => c.value.includes(token) || c.name.includes(token)).map((c) => `cookie ${c.name}`);
  return [...urls, ...cookies];
}

/** Requests that went anywhere but the served app itself (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/** Calls a channel from inside the page, as the UI does: a POST carrying the run's token in its header. */
export async function callApi<T = Record<string, unknown>>(
  s: Session,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value: T; error?: { code: string; message: string } }> {
  return s.page.evaluate(
    async ([c, body, token]) =>
      (
        await fetch(`/api/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Scopewise-Token': token }, body: JSON.stringify(body) })
      ).json(),
    [channel, input, s.serve.token] as const,
  );
}

/** A call through the page that must succeed: its value, or an error naming the channel and the refusal. */
export async function callOk<T>(s: Session, channel: string, input: unknown): Promise<T> {
  const result = await callApi<T>(s, channel, input);
  if (result.error !== undefined) throw new Error(`${channel} was refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Elements whose content is wider than their box and clipped or scrolled sideways (a cut word, a hidden column). */
export async function cutOff(s: Session): Promise<string[]> {
  return s.page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.getClientRects().length === 0 || el.closest('dialog:not([open]), .visually-hidden') !== null) continue;
      if (getComputedStyle(el).overflowX === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}
