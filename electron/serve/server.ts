// The browser transport: serves the built renderer and POST /api/<channel> on 127.0.0.1 only; the API answers only
// requests carrying the per-run token in the X-Scopewise-Token header. It carries the same contract to the same
// handlers as the Electron IPC bridge; it holds no logic of its own.
// The token is never put in a cookie: browsers share cookies between ports of one host, so any other local server
// would receive it. The printed URL carries it in the fragment, which browsers never send, and the page keeps it
// (renderer/src/lib/session-token.ts). The built UI's files hold no data and load without it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { BUNDLE_MAX_BYTES, BUNDLE_MAX_TEXT } from '../../shared/bundle';
import { dispatch, type FailureLog, type Handlers } from '../api/dispatch';
import type { KnownFolders } from '../api/without-paths';
import { CONTENT_SECURITY_POLICY } from '../web/security-policy';
import { contentTypeOf, staticPath } from '../web/static-path';

export interface ServeOptions {
  port: number;
  rendererDir: string;
  handlers: Handlers;
  token?: string;
  log?: FailureLog;
  /** Folders cut whole from error messages (the data folder, home, the exports folder). */
  folders?: KnownFolders;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /**
   * Stops accepting connections, answers further API calls on open connections 503 "shutting down", waits up to
   * DRAIN_MS for the requests in flight to be answered, then drops every connection.
   */
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';
const BODY_LIMIT = 64 * 1024 * 1024;
const BODY_LIMIT_TEXT = '64 MB';
/**
 * A body of type application/octet-stream is a file's bytes, given to the channel as its `bytes` field undecoded (a
 * bundle to import): never parsed on this thread. Its limit is the bundle's (shared/bundle.ts).
 */
const BYTES_TYPE = 'application/octet-stream';
const DRAIN_LIMIT = 1024 * 1024 * 1024;
/** How long close() waits for requests in flight (a slow client's body among them) before dropping them. */
const DRAIN_MS = 10_000;

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/**
 * The body's bytes, or null when there are more than `limit`. An oversized body is still read to its end (and
 * dropped), so the 413 reaches a client that is still sending instead of a reset; past DRAIN_LIMIT the connection
 * is cut. A body that states its length (a browser's file does) is copied into one buffer of its own as it arrives:
 * joining a bundle's thousand chunks at the end held this thread for tens of milliseconds, and a buffer of its own is
 * handed over to the services' worker without a copy.
 */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  let whole = Number.isSafeInteger(declared) && declared > 0 && declared <= limit ? Buffer.allocUnsafeSlow(declared) : null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    if (whole !== null && size + bytes.length > whole.length) {
      // More than it stated (Node's parser never lets this happen): kept as chunks from here on.
      chunks.push(whole.subarray(0, size));
      whole = null;
    }
    if (whole !== null) bytes.copy(whole, size);
    else if (size + bytes.length <= limit) chunks.push(bytes);
    size += bytes.length;
    if (size > DRAIN_LIMIT) request.socket.destroy();
  }
  if (size > limit) return null;
  return whole !== null ? whole.subarray(0, size) : Buffer.concat(chunks);
}

function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  let closing = false;
  const inFlight = new Set<Promise<void>>();

  const server = createServer((request, response) => {
    const handled = handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'request failed' } });
      else response.destroy();
    });
    inFlight.add(handled);
    void handled.finally(() => inFlight.delete(handled));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    // A page on another origin (or a DNS-rebinding host name) never reaches the API, token or not.
    const host = request.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) return send(response, 421, 'wrong host', 'text/plain');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${new URL(origin).port}`) {
      return sendJson(response, 403, { ok: false, error: { code: 'forbidden', message: 'cross-origin request refused' } });
    }

    if (url.pathname.startsWith('/api/')) {
      if (closing) {
        response.shouldKeepAlive = false;
        return sendJson(response, 503, { ok: false, error: { code: 'unavailable', message: 'Scopewise is shutting down; the request was not carried out.' } });
      }
      if (!sameToken(request.headers['x-scopewise-token'] as string | undefined, token)) {
        return sendJson(response, 401, {
          ok: false,
          error: { code: 'unauthorized', message: 'missing or wrong token: open the URL printed by scopewise serve' },
        });
      }
      if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'use POST' } });
      const channel = channelOf(url.pathname);
      if (channel === null)
        return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'the channel name in the path is not valid percent-encoding' } });
      const bytes = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === BYTES_TYPE;
      const body = await readBody(request, bytes ? BUNDLE_MAX_BYTES : BODY_LIMIT);
      if (body === null) {
        response.shouldKeepAlive = false;
        return sendJson(response, 413, {
          ok: false,
          error: { code: 'invalid_input', message: `the request body is larger than the ${bytes ? BUNDLE_MAX_TEXT : BODY_LIMIT_TEXT} limit` },
        });
      }
      let payload: unknown;
      if (bytes) payload = { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
      else {
        const text = body.toString('utf8');
        try {
          payload = text.trim() === '' ? {} : JSON.parse(text);
        } catch {
          return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'the request body is not valid JSON' } });
        }
      }
      const result = await dispatch(options.handlers, channel, payload, options.log, options.folders);
      return sendJson(response, 200, result);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed', 'text/plain');
    const path = staticPath(options.rendererDir, url.pathname);
    if (path === null) return send(response, 404, 'not found', 'text/plain');
    try {
      if (!(await stat(path)).isFile()) return send(response, 404, 'not found', 'text/plain');
      send(response, 200, await readFile(path), contentTypeOf(path));
    } catch {
      send(response, 404, 'not found', 'text/plain');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  origin = `http://${HOST}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
      server.closeAllConnections();
      await stopped;
    },
  };
}
