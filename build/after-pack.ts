// electron-builder afterPack hook: flips the Electron fuses of build/fuses.ts in the packed executable.
// It runs after the app is copied and before code signing, so the signature covers the flipped fuses.
import { type AfterPackContext, Arch } from 'electron-builder';

import { fuseConfig } from './fuses';

export async function afterPack(context: AfterPackContext): Promise<void> {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Flipping bytes breaks the ad-hoc signature Apple silicon requires of every binary; re-sign ad hoc so an
  // unsigned arm64 build still starts (a real identity signs over it afterwards).
  const config = fuseConfig({ resetAdHocDarwinSignature: darwin && context.arch === Arch.arm64 });
  // electron-builder's own helper finds the executable (name and extension differ per platform) and calls
  // @electron/fuses' flipFuses with our config.
  await context.packager.addElectronFuses(context, config);
}

export default afterPack;
