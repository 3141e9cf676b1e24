// SHA-256 from the platform's Web Crypto (globalThis.crypto.subtle), which Node and every browser provide, so shared/
// stays pure and runs in both. It is asynchronous; db/ hashes synchronously with node:crypto (db/exports.ts).

/** The SHA-256 of the bytes (a string is hashed as UTF-8), as 64 lowercase hex digits. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
