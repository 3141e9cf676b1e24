// The browser transport: serves the built renderer and POST /api/<channel> on 127.0.0.1 only; the API answers only
// requests carrying the per-run token in the X-Scopewise-Token header. It carries the same contract to the same
// handlers as the Electron IPC bridge; it holds no logic of its own.
// The token is never put in a cookie: browsers share cookies between ports of one host, so any other local server
// would receive it. The printed URL carries it in the fragment, which browsers never send, and the page keeps it
// (renderer/src/lib/session-token.ts). The built UI's files hold no data and load without it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dispatch, type FailureLog, type Handlers } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../web/security-policy';
import { contentTypeOf, staticPath } from '../web/static-path';

export interface ServeOptions {
  port: number;
  rendererDir: string;
  handlers: Handlers;
  token?: string;
  log?: FailureLog;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const HOST = '127.0.0.1';
const BODY_LIMIT = 64 * 1024 * 1024;
const BODY_LIMIT_TEXT = '64 MB';
const DRAIN_LIMIT = 1024 * 1024 * 1024;

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
 * The body as text, or null when it is larger than BODY_LIMIT. An oversized body is still read to its end (and
 * dropped), so the 413 reaches a client that is still sending instead of a reset; past DRAIN_LIMIT the connection
 * is cut.
 */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT) request.socket.destroy();
    if (size <= BODY_LIMIT) chunks.push(chunk as Buffer);
  }
  return size > BODY_LIMIT ? null : Buffer.concat(chunks).toString('utf8');
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

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'request failed' } });
      else response.destroy();
    });
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
      const body = await readBody(request);
      if (body === null) {
        response.shouldKeepAlive = false;
        return sendJson(response, 413, {
          ok: false,
          error: { code: 'invalid_input', message: `the request body is larger than the ${BODY_LIMIT_TEXT} limit` },
        });
      }
      let payload: unknown;
      try {
        payload = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'the request body is not valid JSON' } });
      }
      const result = await dispatch(options.handlers, channel, payload, options.log);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
