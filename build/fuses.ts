// The Electron fuses Scopewise ships with, as a plain object a test can read, and the @electron/fuses config
// built from it. Flipped by build/after-pack.ts at packaging time; changes nothing at run time by itself.
import { type FuseV1Config, FuseV1Options, FuseVersion } from '@electron/fuses';

/** One entry per fuse @electron/fuses knows, so a new fuse fails type-checking until someone decides it. */
export const FUSES: Record<keyof typeof FuseV1Options, boolean> = {
  // The packaged app must never run as a plain Node interpreter (ELECTRON_RUN_AS_NODE) ...
  RunAsNode: false,
  // ... nor take code from NODE_OPTIONS or a debugger attached with --inspect.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Load the app only from app.asar, and refuse an app.asar whose header hash does not match the one
  // electron-builder embeds in the executable (macOS and Windows; Linux has no integrity check yet).
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  // Cookies and local storage are encrypted at rest with the OS keychain.
  EnableCookieEncryption: true,
  // Electron's defaults, stated so they are decided rather than inherited: the renderer comes from app://,
  // so file:// needs no extra privileges.
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/**
 * The config for @electron/fuses' flipFuses. Fuses newer than this @electron/fuses (Electron 45 also has
 * WasmTrapHandlers) keep Electron's default; strictlyRequireAllFuses would refuse such a binary outright.
 */
export function fuseConfig(options: { resetAdHocDarwinSignature: boolean }): FuseV1Config {
  const config: FuseV1Config = { version: FuseVersion.V1, resetAdHocDarwinSignature: options.resetAdHocDarwinSignature };
  for (const [name, enabled] of Object.entries(FUSES) as [keyof typeof FuseV1Options, boolean][]) {
    config[FuseV1Options[name]] = enabled;
  }
  return config;
}
