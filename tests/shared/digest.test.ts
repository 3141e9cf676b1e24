// shared/digest.ts (Web Crypto) against node:crypto, and shared/proposal/base64.ts (atob) against Buffer, on random input.
import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sha256Hex } from '../../shared/digest';
import { decodeBase64 } from '../../shared/proposal/base64';

describe('the platform digest and base64', () => {
  it('hashes bytes and text as node:crypto does', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array({ maxLength: 300 })), async (data) => {
        expect(await sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
  });

  it('decodes what Buffer encodes, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(text)).toEqual(Uint8Array.from(bytes));
        expect(decodeBase64(text.replace(/=+$/, ''))).toEqual(Uint8Array.from(bytes));
      }),
    );
  });

  it.each([['data:image/png;base64,iVBORw0KGgo='], ['iVBO Rw0K'], ['iVBORw0KGgo'.slice(0, 5)], ['ab=c'], ['abc=='], ['é']])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
