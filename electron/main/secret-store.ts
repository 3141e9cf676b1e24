// The SecretStore over Electron's safeStorage (the OS keychain: Keychain, DPAPI, libsecret/kwallet). Thin on purpose.
import type { SecretStore } from '../api/secret-store';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export function safeStorageSecrets(safeStorage: SafeStorageLike): SecretStore {
  return {
    // On Linux without a keyring Electron falls back to a fixed key ("basic_text"): that is not a keychain, so refuse it.
    available: () => safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text',
    encrypt: (secret) => safeStorage.encryptString(secret).toString('base64'),
    decrypt: (base64) => safeStorage.decryptString(Buffer.from(base64, 'base64')),
  };
}
