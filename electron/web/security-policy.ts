// The Content-Security-Policy both the Electron window (electron/main/protocol.ts) and the browser transport
// (electron/serve/server.ts) send: nothing remote, no eval. Lives in electron/web/ so neither imports the other.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
