// `serve` takes a bundle file's bytes as they are (application/octet-stream), never decoding or parsing them on the
// thread that answers the port: they go to bundles.import as its `bytes` field, and to the import's worker from there.
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ServeProcess, startServe } from './serve-process';

let serve: ServeProcess;
beforeAll(async () => {
  serve = await startServe();
}, 120_000);
afterAll(async () => {
  await serve?.stop();
});

async function postBytes(channel: string, bytes: Uint8Array<ArrayBuffer>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${serve.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Scopewise-Token': serve.token, 'Content-Type': 'application/octet-stream' },
    body: new Blob([bytes]),
  });
  return { status: response.status, body: await response.json() };
}

const assessment = {
  id: '6f1c0b7e-3b1a-4c2d-9e8f-0a1b2c3d4e5f',
  clientName: 'Bytes & Co',
  projectTitle: 'Upload',
  consultant: '',
  status: 'draft',
  requirements: {},
  notes: '',
  createdAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-01T10:00:00Z',
  revisions: [],
};

describe('a bundle sent as bytes to serve', () => {
  it('is imported through the worker', async () => {
    const bundle = { format: 'scopewise-bundle', version: 1, exportedAt: '2026-05-02T00:00:00Z', assessments: [assessment] };
    const reply = await postBytes('bundles.import', new TextEncoder().encode(JSON.stringify(bundle)));
    expect(reply).toMatchObject({ status: 200, body: { ok: true, value: { cancelled: false, added: [assessment.id] } } });
  });

  it('is imported whole from many chunks, with its length stated (as a browser sends a file) or streamed without one', async () => {
    const many = (note: string): Record<string, unknown>[] =>
      Array.from({ length: 400 }, () => ({ ...assessment, id: randomUUID(), notes: note.repeat(2000) }));
    const stated = many('s');
    const streamed = many('t');
    const text = (assessments: Record<string, unknown>[]): Uint8Array<ArrayBuffer> =>
      new TextEncoder().encode(JSON.stringify({ format: 'scopewise-bundle', version: 1, exportedAt: '2026-05-02T00:00:00Z', assessments }));
    const statedBytes = text(stated);
    expect(statedBytes.byteLength).toBeGreaterThan(512 * 1024);
    const first = await postBytes('bundles.import', statedBytes);
    expect(first).toMatchObject({ status: 200, body: { ok: true, value: { added: stated.map((a) => a.id) } } });

    // No Content-Length: the body arrives chunked, in pieces of 64 KB.
    const streamedBytes = text(streamed);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < streamedBytes.byteLength; at += 64 * 1024) controller.enqueue(streamedBytes.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${serve.origin}/api/bundles.import`, {
      method: 'POST',
      headers: { 'X-Scopewise-Token': serve.token, 'Content-Type': 'application/octet-stream' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toMatchObject({ ok: true, value: { added: streamed.map((a) => a.id) } });
  });

  it('is refused by a channel that takes no bytes, naming the field', async () => {
    const reply = await postBytes('settings.get', new TextEncoder().encode('{}'));
    expect(reply).toMatchObject({ status: 200, body: { ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/bytes/) } } });
  });

  it('is refused whole when it is not a bundle, with the reason', async () => {
    const reply = await postBytes('bundles.import', new TextEncoder().encode('not json'));
    expect(reply).toMatchObject({ status: 200, body: { ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) } } });
  });
});
