// Where the app keeps a secret (the team database password): the main process provides an implementation over the OS
// keychain (electron/main/secret-store.ts, Electron's safeStorage); `serve` and the CLI have none and read PGPASSWORD.
export interface SecretStore {
  /** Whether the OS offers encryption here (on Linux, a keyring must be running). */
  available(): boolean;
  /** The secret encrypted by the OS, as base64. */
  encrypt(secret: string): string;
  decrypt(base64: string): string;
}
