// Stopping `serve` while a request is in flight: the request is answered from the open database, calls after that
// are refused as "shutting down", and nothing reaches a closed database (no failure is logged). Real services over a
// real SQLite file, a real HTTP server and a real client whose body is still arriving when the stop begins.
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openServices, type Services } from '../../electron/api/services';
import { shutdownGate } from '../../electron/api/shutdown-gate';
import { browserFileActions } from '../../electron/serve/file-actions';
import { startServer } from '../../electron/serve/server';
import { shutDown } from '../../electron/serve/shutdown';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

async function services(): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-drain-'));
  const opened = await openServices({ databasePath: join(dir, 'scopewise.db'), files: browserFileActions(join(dir, 'exports')), maintenance: false });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  // Closed after the test too (a second close does nothing), so a failing assertion before a test's own close leaks nothing.
  cleanups.push(() => opened.close());
  return opened;
}

function body(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    response.on('data', (chunk: Buffer) => (text += chunk.toString()));
    response.on('end', () => resolve(text));
    response.on('error', reject);
  });
}

describe('stopping serve with requests in flight', () => {
  it('answers the request in flight from the open database, then closes it, logging no failure', async () => {
    const opened = await services();
    const gate = shutdownGate(createHandlers(opened));
    const failures: string[] = [];
    const server = await startServer({
      port: 0,
      rendererDir: tmpdir(),
      handlers: gate.handlers,
      log: (channel, error) => failures.push(`${channel}: ${String(error)}`),
    });
    let stopped = false;
    try {
      const payload = JSON.stringify({ fields: { clientName: 'Late Request Ltd' } });
      const reply = new Promise<IncomingMessage>((resolve, reject) => {
        const call = httpRequest({
          host: '127.0.0.1',
          port: server.port,
          path: '/api/assessments.create',
          method: 'POST',
          headers: { 'X-Scopewise-Token': server.token, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
        });
        call.on('response', resolve);
        call.on('error', reject);
        call.flushHeaders();
        call.write(payload.slice(0, 5));
        // The stop begins while the body is still arriving; the rest follows.
        setTimeout(() => {
          void shutDown(server, gate, opened).then(() => (stopped = true));
          setTimeout(() => call.end(payload.slice(5)), 50);
        }, 100);
      });
      const response = await reply;
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(await body(response))).toMatchObject({ ok: true, value: { clientName: 'Late Request Ltd' } });
      await expect.poll(() => stopped).toBe(true);
      expect(failures).toEqual([]);
      // After the stop, a call through the gate is refused plainly instead of reaching the closed database.
      expect(await dispatch(gate.handlers, 'assessments.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    } finally {
      if (!stopped) await shutDown(server, gate, opened).catch(() => undefined);
    }
  });

  it('lets a call already running finish before the database closes, and refuses calls after that', async () => {
    const opened = await services();
    const gate = shutdownGate(createHandlers(opened));
    const failures: unknown[] = [];
    const running = dispatch(gate.handlers, 'assessments.create', { fields: { clientName: 'In Flight Ltd' } }, (_channel, error) => failures.push(error));
    const closed = gate.close();
    expect(gate.inFlight()).toBe(1);
    const refused = await dispatch(gate.handlers, 'assessments.list', {}, (_channel, error) => failures.push(error));
    await closed;
    expect(gate.inFlight()).toBe(0);
    opened.close();
    expect(await running).toMatchObject({ ok: true, value: { clientName: 'In Flight Ltd' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/shutting down/) } });
    expect(failures).toEqual([]);
  });
});
