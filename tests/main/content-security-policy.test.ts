// The Content-Security-Policy, both the header the app:// protocol and the browser transport send and the
// <meta> in renderer/index.html: nothing remote, no eval, scripts only from the app itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../electron/web/security-policy';

type Policy = Map<string, string[]>;

function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    expect(directives.has(name.toLowerCase()), `${name} appears twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function metaPolicy(): string {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  expect(metas, 'exactly one CSP <meta> in renderer/index.html').toHaveLength(1);
  const content = /content="([^"]*)"/i.exec(metas[0]![0]);
  expect(content).not.toBeNull();
  return content![1]!;
}

/** Sources that stay on the machine: the app's own origin, inline data and in-memory blobs. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

const policies: [string, () => string][] = [
  ['the header (CONTENT_SECURITY_POLICY)', () => CONTENT_SECURITY_POLICY],
  ['the <meta> in renderer/index.html', metaPolicy],
];

describe.each(policies)('%s', (_name, read) => {
  const policy = parsePolicy(read());

  it("allows scripts from 'self' only: no inline script, no eval, no remote script", () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('never allows eval, in any directive', () => {
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
    }
  });

  it('allows no remote source: no host, no http(s) or ws(s) scheme, no wildcard', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed = LOCAL_SOURCES.has(source) || (name === 'style-src' && source === "'unsafe-inline'");
        expect(allowed, `${name} ${source}`).toBe(true);
      }
    }
  });

  it('allows inline code only for styles', () => {
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('blocks plugins, <base> rewriting and form posts, and keeps fetches on the app origin', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });
});
