/// <reference lib="dom" />
// The browser transport as a real process: token required, loopback only, same-origin only, every channel reachable,
// nothing outside the built UI served; and the built UI loads in Debian's Chromium through it.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { launchChromium } from './chromium';
import { startServe, type ServeProcess } from './serve-process';

let serve: ServeProcess;
beforeAll(async () => {
  serve = await startServe();
}, 120_000);
afterAll(async () => serve?.stop());

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(method: string, path: string, options: { body?: string; headers?: Record<string, string>; host?: string } = {}): Promise<Reply> {
  const url = new URL(path, serve.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers: { 'Content-Type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends `size` bytes of a JSON string to the API with the token, all of it, then waits for the answer; a reset fails. */
function sendLarge(size: number, declareLength: boolean): Promise<Reply> {
  const url = new URL('/api/assessments.list', serve.origin);
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'X-Scopewise-Token': serve.token };
  if (declareLength) headers['Content-Length'] = size;
  return new Promise((resolve, reject) => {
    // A connection of its own: one the agent kept alive may already have been closed by the server.
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const withToken = (): Record<string, string> => ({ 'X-Scopewise-Token': serve.token });

describe('scopewise serve', () => {
  it('prints a 127.0.0.1 URL carrying a long random token in its fragment (never sent to a server) as its first line', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32,}$/);
  });

  it('answers 401 to an API request without the token in its header, and the request touches nothing', async () => {
    const refused = await send('POST', '/api/assessments.create', { body: JSON.stringify({ fields: { clientName: 'Intruder' } }) });
    expect(refused.status).toBe(401);
    const wrong = await send('POST', '/api/assessments.create', { body: '{}', headers: { 'X-Scopewise-Token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(401);
    const inCookie = await send('POST', '/api/assessments.create', { body: '{}', headers: { Cookie: `scopewise_token=${serve.token}` } });
    expect(inCookie.status).toBe(401);
    const inQuery = await send('POST', `/api/assessments.create?token=${serve.token}`, { body: '{}' });
    expect(inQuery.status).toBe(401);
    expect((await send('GET', '/api/settings.get')).status).toBe(401);
    const list = JSON.parse((await send('POST', '/api/assessments.list', { body: '{}', headers: withToken() })).body);
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it("serves the UI's static files without the token, and no response ever sets a cookie", async () => {
    const replies = [
      await send('GET', '/'),
      await send('GET', '/index.html'),
      await send('GET', `/?token=${serve.token}`),
      await send('POST', '/api/settings.get', { body: '{}', headers: withToken() }),
      await send('POST', '/api/settings.get', { body: '{}' }),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 401]);
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
    expect(replies[0]!.body).not.toContain(serve.token);
  });

  it('listens on the loopback interface only', async () => {
    const port = new URL(serve.origin).port;
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      await expect(send('GET', `http://127.0.0.1:${port}/`, { host: address }), address).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    }
    expect((await send('GET', `http://127.0.0.1:${port}/`)).status).toBe(200);
  });

  it('refuses another host name (DNS rebinding) and a cross-origin page, even with the token', async () => {
    const port = new URL(serve.origin).port;
    expect((await send('POST', '/api/settings.get', { body: '{}', headers: { ...withToken(), Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await send('POST', '/api/settings.get', { body: '{}', headers: { ...withToken(), Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('reaches every channel of the contract, each answering a typed value or error', async () => {
    for (const channel of CHANNEL_NAMES) {
      const reply = await send('POST', `/api/${channel}`, { body: '"not an object"', headers: withToken() });
      expect(reply.status, channel).toBe(200);
      expect(JSON.parse(reply.body), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const created = JSON.parse(
      (await send('POST', '/api/assessments.create', { body: JSON.stringify({ fields: { clientName: 'Ωmega' } }), headers: withToken() })).body,
    );
    expect(created).toMatchObject({ ok: true, value: { clientName: 'Ωmega' } });
    const unknown = JSON.parse((await send('POST', '/api/assessments.explode', { body: '{}', headers: withToken() })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const notJson = await send('POST', '/api/assessments.list', { body: '{', headers: withToken() });
    expect(notJson.status).toBe(400);
  });

  it('answers 400, not 500, to a malformed percent escape in a path', async () => {
    for (const path of ['/api/settings%ZZget', '/api/%E0%A4%A', '/%E0%A4%A']) {
      const reply = await send(path.startsWith('/api/') ? 'POST' : 'GET', path, { body: '{}', headers: withToken() });
      expect(reply.status, path).toBe(path.startsWith('/api/') ? 400 : 404);
      if (path.startsWith('/api/'))
        expect(JSON.parse(reply.body), path).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/percent/) } });
    }
  });

  it('answers 413 naming the limit to a body over it, declared or streamed, and closes the connection after it without a reset, even past 100 MB', async () => {
    const declared = await sendLarge(65 * 1024 * 1024, true);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/64 MB/) } });
    const streamed = await sendLarge(101 * 1024 * 1024, false);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/64 MB/) } });
    const after = await send('POST', '/api/assessments.list', { body: '{}', headers: withToken() });
    expect(after.status).toBe(200);
  }, 60_000);

  it('serves nothing outside the built UI', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '/%00']) {
      const reply = await send('GET', path, { headers: withToken() });
      expect(reply.status, path).toBe(404);
    }
    const index = await send('GET', '/', { headers: withToken() });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('loads the built UI in Chromium, which talks to the API with the token in a header, keeps it out of the address, and survives a reload', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const apiTokens: (string | undefined)[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/')) apiTokens.push(r.headers()['x-scopewise-token']);
      });
      const response = await page.goto(serve.url);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe('Scopewise');
      await page.getByRole('button', { name: 'New assessment' }).waitFor();
      expect(page.url()).not.toContain(serve.token);
      const beforeReload = apiTokens.length;
      await page.reload();
      await page.getByRole('button', { name: 'New assessment' }).waitFor();
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/api/')));
      expect(beforeReload).toBeGreaterThan(0);
      expect(apiTokens.length).toBeGreaterThan(beforeReload);
      expect(new Set(apiTokens)).toEqual(new Set([serve.token]));
      const bare = await page.evaluate(async () => (await fetch('/api/settings.get', { method: 'POST', body: '{}' })).status);
      expect(bare).toBe(401);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('keeps the token out of every cookie jar: a page served on another local port in the same browser can neither see nor use it', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const stranger = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>another local app</title><p>hello</p>');
    });
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const strangerOrigin = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const app = await context.newPage();
      await app.goto(serve.url);
      await app.getByRole('button', { name: 'New assessment' }).waitFor();
      expect(JSON.stringify(await context.cookies())).not.toContain(serve.token);

      const page = await context.newPage();
      await page.goto(`${strangerOrigin}/`);
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.url().startsWith(`${serve.origin}/api/`)) statuses.push(r.status());
      });
      const answered = page.waitForResponse((r) => r.url() === `${serve.origin}/api/settings.get`);
      const readable = await page.evaluate(async (origin) => {
        await fetch(`${origin}/api/settings.get`, { mode: 'no-cors', credentials: 'include' });
        try {
          return await (await fetch(`${origin}/api/settings.get`, { method: 'POST', credentials: 'include', body: '{}' })).text();
        } catch {
          return 'refused';
        }
      }, serve.origin);
      await answered;
      expect(readable).toBe('refused');
      expect(statuses[0]).toBe(401);
      expect(statuses.every((s) => s === 401 || s === 403)).toBe(true);
      expect(JSON.stringify(seen)).not.toContain(serve.token);
      // Whatever the other server received, replayed from outside the browser, opens nothing.
      const replay = await send('POST', '/api/settings.get', { body: '{}', headers: { Cookie: String(seen[0]?.cookie ?? '') } });
      expect(replay.status).toBe(401);
    } finally {
      await browser.close();
      await new Promise((resolve) => stranger.close(resolve));
    }
  });
});
