// The app:// protocol: serves the built renderer to the window instead of file://, as Electron's security
// checklist advises, with the same Content-Security-Policy header the browser transport sends.
import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from './security';
import { CONTENT_SECURITY_POLICY } from '../web/security-policy';
import { contentTypeOf, staticPath } from '../web/static-path';

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void;
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export async function appResponse(url: string, rendererDir: string): Promise<Response> {
  const parsed = new URL(url);
  const path = parsed.host === APP_HOST ? staticPath(rendererDir, parsed.pathname) : null;
  if (path === null) return new Response('not found', { status: 404 });
  try {
    const body = await readFile(path);
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(path), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

export function serveAppProtocol(protocol: ProtocolLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir));
}
